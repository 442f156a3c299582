using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace InvoiceFunctions.Application.Security;

/// <summary>
/// A payload and its HMAC-SHA256 in one URL-safe token (<c>base64url(payload).base64url(mac)</c>), for links given to
/// people and systems without an account (quote links, delivery acknowledgements). Each use derives its own key from
/// the deployment's secret, so a token of one kind is never valid as another.
/// </summary>
public static class SignedToken
{
    private const int MaxLength = 600;

    public static byte[] Key(SecurityOptions security, ReadOnlySpan<byte> purpose) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(security.ApiKeyPepper), purpose);

    public static string Create(byte[] key, string payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);
        return $"{Base64Url.EncodeToString(bytes)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, bytes))}";
    }

    /// <summary>The payload of a genuine token; null for anything else (tampered, malformed, too long).</summary>
    public static string? Read(byte[] key, string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || token.Length > MaxLength)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            var signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            return CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload)) ? Encoding.UTF8.GetString(payload) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
