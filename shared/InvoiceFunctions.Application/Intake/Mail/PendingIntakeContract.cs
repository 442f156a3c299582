// TEMPORARY: the intake core's contract as agreed with the coordinator, until it lands on main (then this file goes).
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Intake;

public sealed record IntakeDocument(string Name, ReadOnlyMemory<byte> Content, SourceChannel Channel, string SourceKey);

public sealed record IntakeResult(IntakeOutcome Outcome, string? InvoiceId, string? QuarantineId, string? Reason, bool Replayed);

public enum IntakeOutcome
{
    Imported,
    DuplicateSuspected,
    Quarantined,
    ManualKeying,
}

public sealed class InvoiceIntake
{
    public Task<IntakeResult> ImportAsync(CompanyId company, IntakeDocument document, CancellationToken cancellationToken) =>
        Task.FromResult(new IntakeResult(IntakeOutcome.ManualKeying, null, null, $"{company}: {document.SourceKey} (intake core pending)", false));
}
