using System.Security.Cryptography;
using System.Text;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>
/// Standard Webhooks signing (https://www.standardwebhooks.com): HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c>
/// with the secret's bytes (the base64 after <c>whsec_</c>), sent as <c>webhook-signature: v1,{base64}</c>.
/// </summary>
public static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";

    /// <summary>Whether the text is a usable secret: <c>whsec_</c> + base64 of 24 to 64 bytes.</summary>
    public static bool IsSecret(string? secret) => SecretBytes(secret) is { Length: >= 24 and <= 64 };

    /// <returns>The <c>webhook-signature</c> header value.</returns>
    public static string Sign(string secret, string webhookId, long timestamp, ReadOnlySpan<byte> body)
    {
        var key = SecretBytes(secret) ?? throw new ArgumentException("Not a whsec_ secret.", nameof(secret));
        var prefix = Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    private static byte[]? SecretBytes(string? secret)
    {
        if (secret is null || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var buffer = new byte[secret.Length];
        return Convert.TryFromBase64String(secret[SecretPrefix.Length..], buffer, out var written) ? buffer[..written] : null;
    }
}
