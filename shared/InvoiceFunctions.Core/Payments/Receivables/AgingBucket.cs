namespace InvoiceFunctions.Core.Payments.Receivables;

/// <summary>How late an open item is on the as-of date, in days past its due date.</summary>
public enum AgingBucket
{
    /// <summary>Not yet due, or due on the as-of date.</summary>
    Current,

    /// <summary>1 to 30 days past due.</summary>
    Days1To30,

    /// <summary>31 to 60 days past due.</summary>
    Days31To60,

    /// <summary>61 to 90 days past due.</summary>
    Days61To90,

    /// <summary>More than 90 days past due.</summary>
    Over90,
}
