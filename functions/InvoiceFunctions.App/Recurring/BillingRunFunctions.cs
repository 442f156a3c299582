using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Recurring;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.App.Recurring;

/// <summary>
/// Billing runs: the timer starts one every 5 minutes (one instance id per minute, so the same tick fired twice
/// starts it once); an operator can start one now, read any run's outcome and the history of runs.
/// </summary>
public sealed class BillingRunFunctions(BillingRunHistory history, IOptions<RecurringOptions> options, TimeProvider time)
{
    [Function("RecurringBillingTimer")]
    public Task RecurringBillingTimer([TimerTrigger("0 */5 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        BillingRunStarter.StartAsync(client, BillingRunStarter.ScheduledId(time.GetUtcNow()), time.GetUtcNow(), options.Value.BillingPageSize, cancellationToken);

    [Function("StartBillingRun")]
    [OpenApiOperation("Starts a billing run now.")]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(BillingRunStarted))]
    public async Task<IActionResult> StartBillingRun(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "admin/billing-runs")] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var instance = await BillingRunStarter.StartAsync(client, BillingRunStarter.ManualId(now), now, options.Value.BillingPageSize, cancellationToken);
        return ApiResponse.Created($"/api/admin/billing-runs/{instance}", new BillingRunStarted(instance));
    }

    [Function("GetBillingRun")]
    [OpenApiOperation("A run's status and summary.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(BillingRunView))]
    public async Task<IActionResult> GetBillingRun(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "admin/billing-runs/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var run = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken);
        // A run's pages (<run>:page-<n>) are its own business: their output is tallies, not a report.
        return run is null || !id.StartsWith(BillingRunStarter.Prefix, StringComparison.Ordinal) || id.Contains(':', StringComparison.Ordinal)
            ? ApiProblems.NotFound($"Billing run '{id}'")
            : ApiResponse.Ok(new BillingRunView(id, run.RuntimeStatus.ToString(), run.ReadOutputAs<BillingRunReport>(), run.CreatedAt, run.LastUpdatedAt));
    }

    [Function("ListBillingRuns")]
    [OpenApiOperation("The history of billing runs, newest first: subscriptions looked at, billed, invoices, failures.")]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<BillingRunReport>))]
    public async Task<IActionResult> ListBillingRuns(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "admin/billing-runs")] HttpRequest request, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
            ApiResponse.Ok(PageView<BillingRunReport>.From(await history.ListAsync(null, 50, request.Query["continuation"].FirstOrDefault(), cancellationToken), r => r)));
}
