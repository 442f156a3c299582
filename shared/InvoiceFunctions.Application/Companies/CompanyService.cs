using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.Application.Companies;

/// <summary>Registers companies and issues their API keys.</summary>
public sealed class CompanyService(ICompanyStore companies, IApiKeyStore keys, ApiKeyHasher hasher, TimeProvider time)
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

    /// <summary>Issues a key; its secret is returned once and only its HMAC is stored.</summary>
    public async Task<IssuedApiKey> IssueKeyAsync(CompanyId id, string? name, ApiKeyRole role, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        var issued = ApiKeySecret.New();
        var key = new ApiKey(issued.KeyId, id, string.IsNullOrWhiteSpace(name) ? "default" : name.Trim(), role, hasher.Hash(issued.Secret), time.GetUtcNow(), null);
        await keys.AddAsync(key, cancellationToken);
        return new IssuedApiKey(key.KeyId, issued.ToString(), key.Name, role, key.CreatedAt);
    }
}
