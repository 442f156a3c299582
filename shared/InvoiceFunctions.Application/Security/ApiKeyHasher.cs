using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Security;

/// <summary>HMAC-SHA256 of key secrets with the configured pepper; comparisons in constant time.</summary>
public sealed class ApiKeyHasher(IOptions<SecurityOptions> options)
{
    public byte[] Hash(string secret) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.ApiKeyPepper), Encoding.UTF8.GetBytes(secret));

    public bool Matches(string secret, byte[] expectedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(secret), expectedHash);
}
