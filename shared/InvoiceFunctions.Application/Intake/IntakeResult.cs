namespace InvoiceFunctions.Application.Intake;

/// <summary>The result of one import.</summary>
/// <param name="InvoiceId">The ledger invoice, when imported.</param>
/// <param name="QuarantineId">The quarantine item, when refused or left for manual keying.</param>
/// <param name="Reason">Why it was refused (the quarantine reason's message), or the earlier invoice of a suspected duplicate.</param>
/// <param name="Replayed">True when this input (by its source key) had been handled before: this is that first result, nothing new was made.</param>
/// <param name="Code">The refusal's code (<see cref="IntakeRefusalCode"/>) when refused.</param>
/// <param name="Details">Every problem found when refused (each failed EN 16931 rule with its path).</param>
/// <param name="Items">For a batch: each invoice's own result, in the file's order (the batch's outcome is Imported when all were, Quarantined otherwise).</param>
public sealed record IntakeResult(
    IntakeOutcome Outcome,
    string? InvoiceId,
    string? QuarantineId,
    string? Reason,
    bool Replayed = false,
    IntakeRefusalCode? Code = null,
    IReadOnlyList<string>? Details = null,
    IReadOnlyList<IntakeResult>? Items = null);
