using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// What an edit may not touch: the periods invoiced already. A period is billed at the price in force on its first
/// day, so a price change is retroactive when it starts before the end of the last invoiced period, and a new price
/// history must give every invoiced period the price it was invoiced at (pure).
/// </summary>
public static class InvoicedPeriods
{
    /// <summary>The first day no invoice covers yet (null when nothing is invoiced).</summary>
    public static DateOnly? FirstOpenDay(Subscription subscription) =>
        subscription.LastInvoicedStart is { } last
            ? BillingCalendar.Periods(subscription.Terms).TakeWhile(p => p.Start <= last).LastOrDefault()?.EndExclusive
            : null;

    /// <summary>Every way <paramref name="lines"/> and the new end would rewrite an invoiced period.</summary>
    public static IReadOnlyList<FieldError> Rewrites(Subscription current, IReadOnlyList<SubscriptionLine> lines, DateOnly? lastDay, int? maxPeriods)
    {
        if (current.LastInvoicedStart is not { } last || FirstOpenDay(current) is not { } open)
        {
            return [];
        }

        var invoiced = BillingCalendar.Periods(current.Terms).TakeWhile(p => p.Start <= last).ToList();
        var errors = new List<FieldError>();
        for (var i = 0; i < lines.Count; i++)
        {
            var changes = lines[i].PriceChanges ?? [];
            var before = i < current.Lines.Count ? current.Lines[i] : null;
            for (var j = 0; j < changes.Count; j++)
            {
                if (changes[j].EffectiveFrom < open && before?.PriceChanges?.Contains(changes[j]) != true)
                {
                    errors.Add(new FieldError($"lines[{i}].priceChanges[{j}]", $"From {changes[j].EffectiveFrom:yyyy-MM-dd}: in a period invoiced already; the earliest is {open:yyyy-MM-dd}."));
                }
            }

            if (before is not null && invoiced.FirstOrDefault(p => Price(before, p.Start) != Price(lines[i], p.Start)) is { } rewritten)
            {
                errors.Add(new FieldError($"lines[{i}]", $"Changes the price of the invoiced period from {rewritten.Start:yyyy-MM-dd}: keep unitPrice and earlier changes, add a price change from {open:yyyy-MM-dd} or later."));
            }
        }

        if (lastDay is { } end && end < open.AddDays(-1))
        {
            errors.Add(new FieldError("lastDay", $"Before the end of the last invoiced period ({open.AddDays(-1):yyyy-MM-dd}): cancel now to credit unused days."));
        }

        if (maxPeriods is { } max && max < invoiced.Count)
        {
            errors.Add(new FieldError("maxPeriods", $"{invoiced.Count} periods are invoiced already."));
        }

        return errors;
    }

    /// <summary>The price a period starting on <paramref name="start"/> is billed at.</summary>
    public static decimal Price(SubscriptionLine line, DateOnly start) => PriceChange.InForce(line.UnitPrice, line.PriceChanges ?? [], start);
}
