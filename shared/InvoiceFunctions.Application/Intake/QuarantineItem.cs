namespace InvoiceFunctions.Application.Intake;

/// <summary>A quarantined input as listed: its reason, its state and where its bytes are.</summary>
/// <param name="Id">The item's id within the company (time-ordered, or derived from the intake claim).</param>
/// <param name="Kind">The door and handler: "upload", "mail", "webhook", "bank-statement".</param>
/// <param name="Path">Its folder in container "quarantine": "{company}/{kind}/{id}" with "original" and "reason.json".</param>
/// <param name="Outcome">After a release: what became of it (an invoice id, or the new quarantine item).</param>
/// <param name="Version">The index row's ETag: a state change is refused when the item changed since it was read.</param>
public sealed record QuarantineItem(
    string Company,
    string Id,
    string Kind,
    string Name,
    string Code,
    string Message,
    IReadOnlyList<string> Details,
    DateTimeOffset At,
    long Size,
    string Path,
    QuarantineState State = QuarantineState.Open,
    string? Outcome = null,
    DateTimeOffset? UpdatedAt = null,
    string? Version = null);
