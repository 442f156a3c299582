using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>Each company's billing profile (the defaults until it saves one).</summary>
public interface IBillingProfileStore
{
    Task<BillingProfile> GetAsync(CompanyId company, CancellationToken cancellationToken);

    Task SaveAsync(CompanyId company, BillingProfile profile, CancellationToken cancellationToken);
}
