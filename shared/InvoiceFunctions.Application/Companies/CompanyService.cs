using System.Security.Cryptography;
using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.Application.Companies;

/// <summary>Registers companies, issues API keys (each naming a principal) and grants principals roles in companies.</summary>
public sealed class CompanyService(ICompanyStore companies, IApiKeyStore keys, IMembershipStore memberships, ApiKeyHasher hasher, TimeProvider time)
{
    public async Task<Company> CreateAsync(NewCompany request, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            throw new CompanyValidationException(errors);
        }

        var company = new Company(CompanyId.Parse(request.Id!), request.Name!.Trim(), request.Siren, request.VatId, request.CountryCode!, time.GetUtcNow());
        return await companies.TryAddAsync(company, cancellationToken) ? company : throw new CompanyExistsException(company.Id);
    }

    public async Task<Company> GetAsync(CompanyId id, CancellationToken cancellationToken) =>
        await companies.FindAsync(id, cancellationToken) ?? throw new CompanyNotFoundException(id);

    /// <summary>
    /// Issues a key for <paramref name="principalId"/> (a new principal when null) and grants it <paramref name="role"/> in the
    /// company. Its secret is returned once and only its HMAC is stored.
    /// </summary>
    public async Task<IssuedApiKey> IssueKeyAsync(CompanyId id, string? name, CompanyRole role, string? principalId, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        var now = time.GetUtcNow();
        var keyName = string.IsNullOrWhiteSpace(name) ? "default" : name.Trim();
        if (principalId is null)
        {
            principalId = "prn_" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 12);
            await memberships.AddPrincipalAsync(principalId, keyName, now, cancellationToken);
        }
        else if (!await ExistsAsync(principalId, cancellationToken))
        {
            throw new PrincipalNotFoundException(principalId);
        }

        await memberships.GrantAsync(new Membership(principalId, id, role, now), cancellationToken);
        var issued = ApiKeySecret.New();
        var key = new ApiKey(issued.KeyId, principalId, keyName, hasher.Hash(issued.Secret), now, null);
        await keys.AddAsync(key, cancellationToken);
        return new IssuedApiKey(key.KeyId, issued.ToString(), principalId, key.Name, id, role, now);
    }

    /// <summary>Grants an existing principal a role in the company: its keys then work there too, with no new key.</summary>
    public async Task<Membership> GrantAsync(CompanyId id, string principalId, CompanyRole role, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        if (!await ExistsAsync(principalId, cancellationToken))
        {
            throw new PrincipalNotFoundException(principalId);
        }

        var membership = new Membership(principalId, id, role, time.GetUtcNow());
        await memberships.GrantAsync(membership, cancellationToken);
        return membership;
    }

    private async Task<bool> ExistsAsync(string principalId, CancellationToken cancellationToken) =>
        principalId.Length == 16 && principalId.StartsWith("prn_", StringComparison.Ordinal) && principalId[4..].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
        && await memberships.PrincipalExistsAsync(principalId, cancellationToken);
}
