using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Security;

/// <summary>Principals and their roles per company, read once per request (principal and company are both known).</summary>
public interface IMembershipStore
{
    Task AddPrincipalAsync(string principalId, string name, DateTimeOffset createdAt, CancellationToken cancellationToken);

    Task<bool> PrincipalExistsAsync(string principalId, CancellationToken cancellationToken);

    /// <summary>Grants or replaces the principal's role in the company.</summary>
    Task GrantAsync(Membership membership, CancellationToken cancellationToken);

    Task<Membership?> FindAsync(string principalId, CompanyId company, CancellationToken cancellationToken);
}
