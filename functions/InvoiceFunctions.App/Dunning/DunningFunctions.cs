using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.App.Dunning;

/// <summary>An invoice's dunning: its status and steps; start it (an invoice issued before dunning existed), suspend, resume or cancel it.</summary>
public sealed class DunningFunctions(LedgerService ledger, DunningService dunning, CompanyRequests requests, IOptions<DunningOptions> options)
{
    private const string Route = "companies/{company}/invoices/{id}/dunning";

    [Function("GetDunning")]
    [OpenApiOperation("The invoice's dunning: runtime status, next step, steps taken.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningView))]
    public Task<IActionResult> GetDunning(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, string company, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(await ViewAsync(client, caller.Company, id, ct)), cancellationToken);

    [Function("StartDunning")]
    [OpenApiOperation("Starts the invoice's dunning (a no-op when it exists).", CompanyRole.Accountant)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningView))]
    public Task<IActionResult> StartDunning(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route + "/start")] HttpRequest request, string company, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        ControlAsync(request, company, id, client, async (instance, caller, ct) =>
        {
            if (!DunningNotifier.IsDunned(await ledger.GetAsync(caller.Company, id, ct)))
            {
                throw new InvoiceStateException(id, InvoiceStatus.Draft, "dunned (only issued sales invoices with a due date are)");
            }

            await DunningStarter.StartAsync(client, caller.Company, id, options.Value.DayLength, ct);
        }, cancellationToken);

    [Function("SuspendDunning")]
    [OpenApiOperation("Suspends the invoice's dunning: no step until it is resumed.", CompanyRole.Accountant)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningView))]
    public Task<IActionResult> SuspendDunning(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route + "/suspend")] HttpRequest request, string company, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        ControlAsync(request, company, id, client, (instance, caller, ct) => client.SuspendInstanceAsync(instance, $"suspended by {caller.PrincipalId}", ct), cancellationToken);

    [Function("ResumeDunning")]
    [OpenApiOperation("Resumes a suspended dunning; steps that fell due meanwhile are taken at once.", CompanyRole.Accountant)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningView))]
    public Task<IActionResult> ResumeDunning(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route + "/resume")] HttpRequest request, string company, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        ControlAsync(request, company, id, client, (instance, caller, ct) => client.ResumeInstanceAsync(instance, $"resumed by {caller.PrincipalId}", ct), cancellationToken);

    [Function("CancelDunning")]
    [OpenApiOperation("Cancels the invoice's dunning for good (it is not started again).", CompanyRole.Accountant)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningView))]
    public Task<IActionResult> CancelDunning(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route + "/cancel")] HttpRequest request, string company, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        ControlAsync(request, company, id, client, (instance, caller, ct) => client.TerminateInstanceAsync(instance, $"cancelled by {caller.PrincipalId}", ct), cancellationToken);

    /// <summary>A control on the invoice's instance (404 for an unknown invoice; 409 when the instance does not run), then its view.</summary>
    private Task<IActionResult> ControlAsync(
        HttpRequest request, string company, string id, DurableTaskClient client, Func<string, CompanyCaller, CancellationToken, Task> control, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            await ledger.GetAsync(caller.Company, id, ct);
            var instance = DunningService.InstanceId(caller.Company, id);
            var state = await client.GetInstanceAsync(instance, ct);
            var starting = request.Path.Value?.EndsWith("/start", StringComparison.Ordinal) == true;
            if (!starting && state?.IsRunning != true && state?.RuntimeStatus != OrchestrationRuntimeStatus.Suspended)
            {
                return ApiResponse.Problem(StatusCodes.Status409Conflict, "Invalid status", $"The dunning of invoice '{id}' is {state?.RuntimeStatus.ToString() ?? "not started"}.");
            }

            await control(instance, caller, ct);
            return ApiResponse.Ok(await ViewAsync(client, caller.Company, id, ct));
        }, cancellationToken);

    private async Task<DunningView> ViewAsync(DurableTaskClient client, CompanyId company, string id, CancellationToken cancellationToken)
    {
        await ledger.GetAsync(company, id, cancellationToken);
        var instance = DunningService.InstanceId(company, id);
        var state = await client.GetInstanceAsync(instance, getInputsAndOutputs: true, cancellationToken);
        var all = await dunning.StepsAsync(company, id, cancellationToken);
        var steps = all.Where(s => s.Connector is null).Select(DunningStepView.From).ToList();
        var deliveries = all.Where(s => s.Connector is not null).Select(DunningStepView.From).ToList();
        return state is null
            ? new DunningView(instance, "NotStarted", null, null, steps, null, null, deliveries)
            : new DunningView(
                instance,
                state.RuntimeStatus.ToString(),
                state.SerializedCustomStatus is null ? null : state.ReadCustomStatusAs<DunningProgress>(),
                state.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? state.ReadOutputAs<string>() : null,
                steps,
                state.CreatedAt,
                state.LastUpdatedAt,
                deliveries);
    }
}
