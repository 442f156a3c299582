namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// What a run (or a page of it) did for one company, as counts: subscriptions looked at, those that got invoices, the
/// invoices, and the failures kept in full ("company/subscription: reason"). A big run carries tallies, never the
/// per-subscription outcomes, so what travels between its orchestrations stays the size of its report.
/// </summary>
public sealed record BillingTally(int Subscriptions, int Billed, int Invoices, IReadOnlyList<string> Failures)
{
    public static readonly BillingTally Empty = new(0, 0, 0, []);

    public static BillingTally Of(BillingOutcome outcome) => new(
        1,
        outcome.InvoiceIds.Count > 0 ? 1 : 0,
        outcome.InvoiceIds.Count,
        outcome.Failure is null ? [] : [$"{outcome.Company}/{outcome.SubscriptionId}: {outcome.Failure}"]);

    public BillingTally Plus(BillingTally other) =>
        new(Subscriptions + other.Subscriptions, Billed + other.Billed, Invoices + other.Invoices, [.. Failures, .. other.Failures]);

    /// <summary>Adds <paramref name="page"/>'s tallies (per company) into <paramref name="companies"/>.</summary>
    public static void Merge(IDictionary<string, BillingTally> companies, IReadOnlyDictionary<string, BillingTally> page)
    {
        foreach (var (company, tally) in page)
        {
            companies[company] = companies.TryGetValue(company, out var sum) ? sum.Plus(tally) : tally;
        }
    }
}
