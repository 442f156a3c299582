namespace InvoiceFunctions.Core.Payments.Receivables;

/// <summary>Aged receivables buckets (current, 1-30, 31-60, 61-90, 90+ days past due) as a pure function of the open items and an as-of date.</summary>
public static class AgedReceivables
{
    /// <summary>The bucket of an item due on <paramref name="dueDate"/>, seen on <paramref name="asOf"/>.</summary>
    public static AgingBucket BucketOf(DateOnly dueDate, DateOnly asOf) => (asOf.DayNumber - dueDate.DayNumber) switch
    {
        <= 0 => AgingBucket.Current,
        <= 30 => AgingBucket.Days1To30,
        <= 60 => AgingBucket.Days31To60,
        <= 90 => AgingBucket.Days61To90,
        _ => AgingBucket.Over90,
    };

    /// <summary>The report: items with nothing outstanding are left out; currencies are never added together.</summary>
    public static AgingReport Compute(IEnumerable<OpenItem> items, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        var byParty = new Dictionary<(string Party, string Currency), AgingAmounts>();
        var totals = new Dictionary<string, AgingAmounts>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => i.Outstanding != 0m))
        {
            var bucket = BucketOf(item.DueDate, asOf);
            var key = (item.PartyId, item.Currency);
            byParty[key] = (byParty.GetValueOrDefault(key) ?? Empty(item.Currency)).Add(bucket, item.Outstanding);
            totals[item.Currency] = (totals.GetValueOrDefault(item.Currency) ?? Empty(item.Currency)).Add(bucket, item.Outstanding);
        }

        return new AgingReport(
            asOf,
            [.. byParty.OrderBy(p => p.Key.Party, StringComparer.Ordinal).ThenBy(p => p.Key.Currency, StringComparer.Ordinal).Select(p => new PartyAging(p.Key.Party, p.Value))],
            [.. totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value)]);
    }

    private static AgingAmounts Empty(string currency) => new(currency, 0m, 0m, 0m, 0m, 0m);
}
