using System.Security.Cryptography;

namespace InvoiceFunctions.Application.Archive;

/// <summary>The archive's hash arithmetic, pure.</summary>
public static class ArchiveHashes
{
    /// <summary>The "previous" of the first entry and the start of every daily root.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>root' = SHA-256(root || entry hash), over the raw 32-byte digests.</summary>
    public static string NextRoot(string root, string entryHash) =>
        Of([.. Convert.FromHexString(root), .. Convert.FromHexString(entryHash)]);

    public static bool IsSha256(string? text) => text is { Length: 64 } && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
