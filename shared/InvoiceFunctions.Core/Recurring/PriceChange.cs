namespace InvoiceFunctions.Core.Recurring;

/// <summary>A unit price in force from a date (BT-146 of the subscription's line from then on).</summary>
public sealed record PriceChange(DateOnly EffectiveFrom, decimal UnitPrice)
{
    /// <summary>The price in force on <paramref name="date"/>: the latest change on or before it, else <paramref name="initial"/>.</summary>
    public static decimal InForce(decimal initial, IEnumerable<PriceChange> changes, DateOnly date) =>
        changes.Where(c => c.EffectiveFrom <= date).OrderBy(c => c.EffectiveFrom).LastOrDefault()?.UnitPrice ?? initial;
}
