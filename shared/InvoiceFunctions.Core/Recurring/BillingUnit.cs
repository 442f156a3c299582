namespace InvoiceFunctions.Core.Recurring;

/// <summary>The unit a billing schedule counts in.</summary>
public enum BillingUnit
{
    Day,
    Week,
    Month,
    Year,
}
