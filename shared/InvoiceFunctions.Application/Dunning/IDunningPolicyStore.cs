using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>Where each company's dunning policies are kept: its default (name null) and the named ones customers may use.</summary>
public interface IDunningPolicyStore
{
    Task<DunningPolicy?> FindAsync(CompanyId company, string? name, CancellationToken cancellationToken);

    Task SaveAsync(CompanyId company, string? name, DunningPolicy policy, CancellationToken cancellationToken);
}
