namespace InvoiceFunctions.Rendering;

/// <summary>The French late-payment fees a reminder may claim.</summary>
public enum ReminderFeeKind
{
    /// <summary>Intérêts de retard (Code de commerce L441-10).</summary>
    LateInterest,

    /// <summary>Indemnité forfaitaire de recouvrement, 40 EUR (D441-5), business customers only.</summary>
    RecoveryIndemnity,
}
