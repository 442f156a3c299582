namespace InvoiceFunctions.Application.Intake;

/// <summary>What became of an input.</summary>
public enum IntakeOutcome
{
    /// <summary>Recorded in the ledger and archived.</summary>
    Imported,

    /// <summary>Recorded, but with the fingerprint (seller, number, date, total) of an earlier invoice (duplicate policy "warn").</summary>
    DuplicateSuspected,

    /// <summary>Refused: kept in quarantine with its reason.</summary>
    Quarantined,

    /// <summary>A PDF without an embedded invoice: kept in quarantine for someone to key it, never guessed from its text.</summary>
    ManualKeying,
}
