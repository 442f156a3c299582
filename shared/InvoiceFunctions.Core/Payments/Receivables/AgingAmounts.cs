namespace InvoiceFunctions.Core.Payments.Receivables;

/// <summary>Open amounts by bucket in one currency.</summary>
public sealed record AgingAmounts(string Currency, decimal Current, decimal Days1To30, decimal Days31To60, decimal Days61To90, decimal Over90)
{
    /// <summary>All buckets together.</summary>
    public decimal Total => Current + Days1To30 + Days31To60 + Days61To90 + Over90;

    /// <summary>The amount in one bucket.</summary>
    public decimal this[AgingBucket bucket] => bucket switch
    {
        AgingBucket.Current => Current,
        AgingBucket.Days1To30 => Days1To30,
        AgingBucket.Days31To60 => Days31To60,
        AgingBucket.Days61To90 => Days61To90,
        _ => Over90,
    };

    internal AgingAmounts Add(AgingBucket bucket, decimal amount) => bucket switch
    {
        AgingBucket.Current => this with { Current = Current + amount },
        AgingBucket.Days1To30 => this with { Days1To30 = Days1To30 + amount },
        AgingBucket.Days31To60 => this with { Days31To60 = Days31To60 + amount },
        AgingBucket.Days61To90 => this with { Days61To90 = Days61To90 + amount },
        _ => this with { Over90 = Over90 + amount },
    };
}
