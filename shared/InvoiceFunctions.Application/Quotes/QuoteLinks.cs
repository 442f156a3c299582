using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Security;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>
/// The signed link a customer uses to see, accept or decline a quote without an account: company, quote and expiry,
/// signed with HMAC-SHA256 under a key derived from the deployment's secret. It names one quote and expires with it.
/// </summary>
public sealed class QuoteLinks(IOptions<SecurityOptions> security)
{
    private readonly byte[] key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(security.Value.ApiKeyPepper), "quote-links"u8);

    public string Create(CompanyId company, string quoteId, DateTimeOffset expires)
    {
        var payload = Encoding.UTF8.GetBytes($"{company.Value}|{quoteId}|{expires.ToUnixTimeSeconds()}");
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>The company and quote of a genuine, unexpired token; null for anything else (tampered, expired, malformed).</summary>
    public (CompanyId Company, string QuoteId)? Verify(string token, DateTimeOffset now)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || token.Length > 600)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            var signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload)))
            {
                return null;
            }

            var parts = Encoding.UTF8.GetString(payload).Split('|');
            return parts.Length == 3 && long.TryParse(parts[2], out var expires) && now.ToUnixTimeSeconds() <= expires && CompanyId.TryParse(parts[0], out var company)
                ? (company, parts[1])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
