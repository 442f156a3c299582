using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Recurring;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace InvoiceFunctions.App.Recurring;

/// <summary>
/// One billing run: find the subscriptions due on the day, bill them in batches of parallel activities. Each
/// activity bills one subscription's due periods, each period exactly once (claimed in the store), so a
/// replayed or retried activity, or a run restarted after a crash, never issues twice.
/// </summary>
public sealed class BillingRunOrchestration(RecurringBilling billing)
{
    private const int BatchSize = 20;
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(5)));

    [Function(nameof(BillingRun))]
    public static async Task<BillingRunSummary> BillingRun([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var day = context.GetInput<DateOnly>();
        var due = await context.CallActivityAsync<List<DueSubscription>>(nameof(FindDueSubscriptions), day, Retry);
        var outcomes = new List<BillingOutcome>();
        foreach (var batch in due.Chunk(BatchSize))
        {
            outcomes.AddRange(await Task.WhenAll(batch.Select(s => context.CallActivityAsync<BillingOutcome>(nameof(BillSubscription), s with { Day = day }, Retry))));
        }

        return new BillingRunSummary(
            day.ToString("yyyy-MM-dd"),
            due.Count,
            outcomes.Sum(o => o.InvoiceIds.Count),
            outcomes.Where(o => o.Failure is not null).Select(o => $"{o.Company}/{o.SubscriptionId}: {o.Failure}").ToList());
    }

    [Function(nameof(FindDueSubscriptions))]
    public async Task<List<DueSubscription>> FindDueSubscriptions([ActivityTrigger] DateOnly day, CancellationToken cancellationToken) =>
        (await billing.FindDueAsync(day, cancellationToken)).Select(d => new DueSubscription(d.Company.Value, d.Id, day)).ToList();

    [Function(nameof(BillSubscription))]
    public Task<BillingOutcome> BillSubscription([ActivityTrigger] DueSubscription subscription, CancellationToken cancellationToken) =>
        billing.BillAsync(CompanyId.Parse(subscription.Company), subscription.Id, subscription.Day, cancellationToken);
}
