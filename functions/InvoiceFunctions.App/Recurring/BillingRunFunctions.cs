using InvoiceFunctions.App.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace InvoiceFunctions.App.Recurring;

/// <summary>
/// Billing runs: the timer starts one every 5 minutes (one instance id per minute, so the same tick fired twice
/// starts it once); an operator can start one now and read any run's outcome.
/// </summary>
public sealed class BillingRunFunctions(TimeProvider time)
{
    [Function("RecurringBillingTimer")]
    public Task RecurringBillingTimer([TimerTrigger("0 */5 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        BillingRunStarter.StartAsync(client, BillingRunStarter.ScheduledId(time.GetUtcNow()), time.GetUtcNow(), cancellationToken);

    [Function("StartBillingRun")]
    [OpenApiOperation("Starts a billing run now.")]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(BillingRunStarted))]
    public async Task<IActionResult> StartBillingRun(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "admin/billing-runs")] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var instance = await BillingRunStarter.StartAsync(client, BillingRunStarter.ManualId(now), now, cancellationToken);
        return ApiResponse.Created($"/api/admin/billing-runs/{instance}", new BillingRunStarted(instance));
    }

    [Function("GetBillingRun")]
    [OpenApiOperation("A run's status and summary.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(BillingRunView))]
    public async Task<IActionResult> GetBillingRun(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "admin/billing-runs/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var run = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken);
        return run is null || !id.StartsWith(BillingRunStarter.Prefix, StringComparison.Ordinal)
            ? ApiProblems.NotFound($"Billing run '{id}'")
            : ApiResponse.Ok(new BillingRunView(id, run.RuntimeStatus.ToString(), run.ReadOutputAs<BillingRunSummary>(), run.CreatedAt, run.LastUpdatedAt));
    }
}
