using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>Reads and replaces a company's billing profile (validated: every problem listed).</summary>
public sealed class BillingProfileService(IBillingProfileStore store)
{
    public Task<BillingProfile> GetAsync(CompanyId company, CancellationToken cancellationToken) => store.GetAsync(company, cancellationToken);

    public async Task<BillingProfile> SaveAsync(CompanyId company, BillingProfile profile, CancellationToken cancellationToken)
    {
        var errors = profile.Validate();
        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        await store.SaveAsync(company, profile, cancellationToken);
        return profile;
    }
}
