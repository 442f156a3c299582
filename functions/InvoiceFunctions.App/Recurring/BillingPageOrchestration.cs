using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Recurring;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace InvoiceFunctions.App.Recurring;

/// <summary>
/// One page of a billing run (at most a page of the due index): reads its subscriptions, bills them with a window of
/// <see cref="ActivitiesInFlight"/> activities (the next starts when one ends), and answers the page's tallies per
/// company. Its history is bounded by the page (about three events per subscription).
/// </summary>
public sealed class BillingPageOrchestration(RecurringBilling billing)
{
    private const int ActivitiesInFlight = 10;

    [Function(nameof(BillDuePage))]
    public static async Task<Dictionary<string, BillingTally>> BillDuePage([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var page = context.GetInput<BillingPage>()!;
        var due = await context.CallActivityAsync<List<DueSubscription>>(nameof(ReadDuePage), page, BillingRunOrchestration.Retry);
        var tallies = new Dictionary<string, BillingTally>();
        var inFlight = new List<Task<BillingOutcome>>();
        foreach (var subscription in due)
        {
            if (inFlight.Count == ActivitiesInFlight)
            {
                var done = await Task.WhenAny(inFlight);
                inFlight.Remove(done);
                Count(tallies, await done);
            }

            inFlight.Add(context.CallActivityAsync<BillingOutcome>(nameof(BillSubscription), subscription, BillingRunOrchestration.Retry));
        }

        foreach (var outcome in await Task.WhenAll(inFlight))
        {
            Count(tallies, outcome);
        }

        return tallies;
    }

    /// <summary>The page's subscriptions (what the index holds between its keys now: a concurrent run may have moved some on).</summary>
    [Function(nameof(ReadDuePage))]
    public async Task<List<DueSubscription>> ReadDuePage([ActivityTrigger] BillingPage page, CancellationToken cancellationToken) =>
        (await billing.FindDuePageAsync(page.At, page.After, page.Through, 2 * page.Size, cancellationToken))
            .Items.Select(d => new DueSubscription(d.Company.Value, d.Id, page.At)).ToList();

    [Function(nameof(BillSubscription))]
    public Task<BillingOutcome> BillSubscription([ActivityTrigger] DueSubscription subscription, CancellationToken cancellationToken) =>
        billing.BillAsync(CompanyId.Parse(subscription.Company), subscription.Id, subscription.At, cancellationToken);

    private static void Count(Dictionary<string, BillingTally> tallies, BillingOutcome outcome) =>
        BillingTally.Merge(tallies, new Dictionary<string, BillingTally> { [outcome.Company] = BillingTally.Of(outcome) });
}
