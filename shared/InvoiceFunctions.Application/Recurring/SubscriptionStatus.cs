namespace InvoiceFunctions.Application.Recurring;

/// <summary>Where a subscription stands.</summary>
public enum SubscriptionStatus
{
    /// <summary>Billed by the runs.</summary>
    Active,

    /// <summary>Skipped by the runs until resumed (by the company, or after a billing failure).</summary>
    Paused,

    /// <summary>Stopped by the company; nothing more is billed.</summary>
    Cancelled,

    /// <summary>Its last period has been billed.</summary>
    Ended,
}
