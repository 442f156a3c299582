using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// Standard Webhooks signatures: <c>webhook-signature</c> holds space-separated <c>v1,&lt;base64 HMAC-SHA256&gt;</c> of
/// <c>{webhook-id}.{webhook-timestamp}.{body}</c>; the timestamp (Unix seconds) must be within the tolerance of now.
/// Compared in constant time. Pure: the key and now are parameters.
/// </summary>
public static class WebhookSignature
{
    public static string Sign(byte[] key, string id, long timestamp, ReadOnlySpan<byte> body) =>
        "v1," + Convert.ToBase64String(Mac(key, id, timestamp, body));

    /// <exception cref="WebhookRejectedException">Missing headers, a timestamp outside the window, or no matching v1 signature.</exception>
    public static void Verify(byte[] key, string? id, string? timestamp, string? signatures, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 200 || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatures))
        {
            throw new WebhookRejectedException("The webhook-id, webhook-timestamp and webhook-signature headers are required.");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > (long)tolerance.TotalSeconds)
        {
            throw new WebhookRejectedException("The webhook-timestamp is not within the tolerated window of now.");
        }

        var expected = Mac(key, id, seconds, body);
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = candidate.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && candidate[..comma] == "v1" && TryDecode(candidate[(comma + 1)..], out var given) && CryptographicOperations.FixedTimeEquals(given, expected))
            {
                return;
            }
        }

        throw new WebhookRejectedException("No webhook-signature matches the body.");
    }

    private static byte[] Mac(byte[] key, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}.{timestamp}."));
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, content);
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = new byte[32];
        return Convert.TryFromBase64String(text, bytes, out var written) && written == 32;
    }
}
