using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace InvoiceFunctions.TestFunctionApp;

/// <summary>
/// An HTTP starter and an event endpoint over the Durable client; "Flow" runs an activity, a durable timer,
/// waits for the "Approve" event, runs a second activity; "Quick" runs three activities.
/// </summary>
public static class DurableFunctions
{
    [Function("StartFlow")]
    public static async Task<IActionResult> StartFlow(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "flows/{kind}/{id}")] HttpRequest request, string kind, string id, [DurableClient] DurableTaskClient client)
    {
        var existing = await client.GetInstanceAsync(id);
        if (existing is null)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(kind == "quick" ? "Quick" : "Flow", id, new StartOrchestrationOptions(id));
        }

        return new AcceptedResult($"/api/flows/{id}", new { id });
    }

    [Function("ApproveFlow")]
    public static async Task<IActionResult> ApproveFlow(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "flows/{id}/approve")] HttpRequest request, string id, [DurableClient] DurableTaskClient client)
    {
        await client.RaiseEventAsync(id, "Approve", "yes");
        return new AcceptedResult();
    }

    [Function("FlowStatus")]
    public static async Task<IActionResult> FlowStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "flows/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client)
    {
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
        return instance is null
            ? new NotFoundResult()
            : new OkObjectResult(new { id, status = instance.RuntimeStatus.ToString(), output = instance.SerializedOutput });
    }

    [Function("Flow")]
    public static async Task<string> Flow([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var id = context.GetInput<string>()!;
        await context.CallActivityAsync("Record", $"{id}:1");
        await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(2), CancellationToken.None);
        var approval = await context.WaitForExternalEvent<string>("Approve");
        await context.CallActivityAsync("Record", $"{id}:2");
        return $"done:{approval}";
    }

    [Function("Quick")]
    public static async Task<string> Quick([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var id = context.GetInput<string>()!;
        for (var step = 1; step <= 3; step++)
        {
            await context.CallActivityAsync("Record", $"{id}:{step}");
        }

        return "done";
    }
}
