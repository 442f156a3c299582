using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Intake;

/// <summary>Claims per source key: what makes every door idempotent (the same input handled twice makes nothing new).</summary>
public interface IIntakeStore
{
    /// <summary>The claim of <paramref name="sourceKey"/>: the existing one, or a new one holding <paramref name="reservedId"/>.</summary>
    Task<IntakeClaim> ClaimAsync(CompanyId company, string sourceKey, string reservedId, CancellationToken cancellationToken);

    /// <summary>Records the result on the claim (a retry that finishes the same claim writes the same result).</summary>
    Task CompleteAsync(CompanyId company, string sourceKey, IntakeClaim claim, IntakeResult result, CancellationToken cancellationToken);
}
