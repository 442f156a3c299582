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
    private readonly byte[] key = SignedToken.Key(security.Value, "quote-links"u8);

    public string Create(CompanyId company, string quoteId, DateTimeOffset expires) =>
        SignedToken.Create(key, $"{company.Value}|{quoteId}|{expires.ToUnixTimeSeconds()}");

    /// <summary>The company and quote of a genuine, unexpired token; null for anything else (tampered, expired, malformed).</summary>
    public (CompanyId Company, string QuoteId)? Verify(string token, DateTimeOffset now)
    {
        var parts = SignedToken.Read(key, token)?.Split('|');
        return parts is { Length: 3 } && long.TryParse(parts[2], out var expires) && now.ToUnixTimeSeconds() <= expires && CompanyId.TryParse(parts[0], out var company)
            ? (company, parts[1])
            : null;
    }
}
