using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>Where each company's dunning policy is kept.</summary>
public interface IDunningPolicyStore
{
    Task<DunningPolicy?> FindAsync(CompanyId company, CancellationToken cancellationToken);

    Task SaveAsync(CompanyId company, DunningPolicy policy, CancellationToken cancellationToken);
}
