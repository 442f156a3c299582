namespace InvoiceFunctions.Core.Recurring;

/// <summary>When a period is invoiced: on its first day (in advance) or on the day after its last (in arrears).</summary>
public enum BillingTiming
{
    InAdvance,
    InArrears,
}
