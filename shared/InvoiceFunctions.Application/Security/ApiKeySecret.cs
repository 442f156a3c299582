using System.Security.Cryptography;

namespace InvoiceFunctions.Application.Security;

/// <summary>
/// The text of an API key, "ifk_{keyId}_{secret}": the key id finds the stored key in one read, the secret
/// (256 random bits) proves possession.
/// </summary>
public sealed record ApiKeySecret(string KeyId, string Secret)
{
    private const string Prefix = "ifk_";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static ApiKeySecret New() =>
        new(RandomNumberGenerator.GetString(Alphabet, 12), Base64Url(RandomNumberGenerator.GetBytes(32)));

    public static bool TryParse(string? text, out ApiKeySecret key)
    {
        key = new ApiKeySecret("", "");
        if (text is null || text.Length > 200 || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[Prefix.Length..];
        var split = rest.IndexOf('_', StringComparison.Ordinal);
        if (split != 12 || rest.Length - split - 1 < 20 || !rest[..split].All(Alphabet.Contains))
        {
            return false;
        }

        key = new ApiKeySecret(rest[..split], rest[(split + 1)..]);
        return true;
    }

    public override string ToString() => $"{Prefix}{KeyId}_{Secret}";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
