namespace InvoiceFunctions.Application.Intake;

/// <summary>Where a quarantined input stands. Its bytes are kept in every state.</summary>
public enum QuarantineState
{
    /// <summary>Waiting for someone: fix the cause and release it, or discard it.</summary>
    Open,

    /// <summary>Run again through its door (the outcome says what became of it).</summary>
    Released,

    /// <summary>Set aside by a user; kept as received, no longer listed as open.</summary>
    Discarded,
}
