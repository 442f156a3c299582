namespace InvoiceFunctions.Core.Dunning;

/// <summary>What a dunning does when a reminder's e-mail bounced and the customer's address was not corrected.</summary>
public enum DunningBounceAction
{
    /// <summary>Hold every step until the company gives a corrected address (the plan shifted by the hold).</summary>
    WaitForAddress,

    /// <summary>Re-send the bounced step at once as a postal letter through the print provider; later e-mail steps go by post too.</summary>
    Postal,

    /// <summary>Wait <see cref="DunningPolicy.OnBounceDays"/> plan days after the bounced step's day for a corrected address, then as <see cref="Postal"/>.</summary>
    PostalAfterDays,
}
