using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Recurring;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace InvoiceFunctions.App.Recurring;

/// <summary>
/// One billing run: find the subscriptions due at the run's instant, bill them with up to 20 activities in flight,
/// then record the run's report (per run and per company). Each activity bills one subscription's due periods,
/// each period exactly once (claimed in the store), so a replayed or retried activity, a run restarted after a
/// crash, or two runs at once never issue twice.
/// </summary>
public sealed class BillingRunOrchestration(RecurringBilling billing, BillingRunHistory history)
{
    private const int Parallelism = 20;
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(5)));

    [Function(nameof(BillingRun))]
    public static async Task<BillingRunReport> BillingRun([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var at = context.GetInput<DateTimeOffset>();
        var due = await context.CallActivityAsync<List<DueSubscription>>(nameof(FindDueSubscriptions), at, Retry);
        // A window of activities in flight: the next starts as soon as one ends (no batch waits for its slowest).
        var outcomes = new List<BillingOutcome>();
        var inFlight = new List<Task<BillingOutcome>>();
        foreach (var subscription in due)
        {
            if (inFlight.Count == Parallelism)
            {
                var done = await Task.WhenAny(inFlight);
                inFlight.Remove(done);
                outcomes.Add(await done);
            }

            inFlight.Add(context.CallActivityAsync<BillingOutcome>(nameof(BillSubscription), subscription, Retry));
        }

        outcomes.AddRange(await Task.WhenAll(inFlight));
        return await context.CallActivityAsync<BillingRunReport>(nameof(RecordBillingRun), new BillingRunOutcomes(context.InstanceId, at, outcomes), Retry);
    }

    [Function(nameof(FindDueSubscriptions))]
    public async Task<List<DueSubscription>> FindDueSubscriptions([ActivityTrigger] DateTimeOffset at, CancellationToken cancellationToken) =>
        (await billing.FindDueAsync(at, cancellationToken)).Select(d => new DueSubscription(d.Company.Value, d.Id, at)).ToList();

    [Function(nameof(BillSubscription))]
    public Task<BillingOutcome> BillSubscription([ActivityTrigger] DueSubscription subscription, CancellationToken cancellationToken) =>
        billing.BillAsync(CompanyId.Parse(subscription.Company), subscription.Id, subscription.At, cancellationToken);

    [Function(nameof(RecordBillingRun))]
    public Task<BillingRunReport> RecordBillingRun([ActivityTrigger] BillingRunOutcomes run, CancellationToken cancellationToken) =>
        history.RecordAsync(run.RunId, run.At, run.Outcomes.ToList(), cancellationToken);
}
