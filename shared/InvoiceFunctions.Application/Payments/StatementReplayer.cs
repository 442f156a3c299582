using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Intake;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// Releases a quarantined bank statement (kind "bank-statement") once its cause is fixed (the company's CSV mapping
/// saved, ...): imported again, for the account its name carries ("{account}/{name}"). Entries already recorded stay
/// recorded once. A file still refused for the same reason leaves the item open (409) instead of marking it released.
/// </summary>
public sealed class StatementReplayer(BankStatementImporter importer) : IQuarantineReplayer
{
    public const string Kind = "bank-statement";

    public bool Handles(string kind) => kind == Kind;

    public async Task<string> ReplayAsync(CompanyId company, QuarantineItem item, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var slash = item.Name.LastIndexOf('/');
        try
        {
            var import = await importer.ImportAsync(company.Value, item.Name, content, slash > 0 ? item.Name[..slash] : null, "quarantine-release", cancellationToken);
            return $"Imported: {import.Candidates} entries, {import.Recorded} new, {import.AlreadyRecorded} seen before, {import.AutoAllocated} allocated, {import.ToReview} to review";
        }
        catch (StatementQuarantinedException again) when (again.QuarantineId.EndsWith("/" + item.Id, StringComparison.Ordinal))
        {
            throw new ResourceStateException($"Quarantine item {item.Id} is still refused: {again.Reason}");
        }
        catch (StatementQuarantinedException again)
        {
            return $"Quarantined again as {again.QuarantineId[(again.QuarantineId.LastIndexOf('/') + 1)..]}: {again.Error} {again.Reason}";
        }
    }
}
