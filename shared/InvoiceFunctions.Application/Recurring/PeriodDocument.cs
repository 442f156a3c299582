namespace InvoiceFunctions.Application.Recurring;

/// <summary>Which document of a subscription period a claim is for.</summary>
public enum PeriodDocument
{
    /// <summary>The period's invoice (key "{subscription}:{periodStart}").</summary>
    Invoice,

    /// <summary>The credit note of the period's unused days, after a cancellation "now".</summary>
    CreditNote,
}
