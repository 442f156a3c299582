using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Recurring;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Recurring;

/// <summary>A company's subscriptions: create, read, list, pause, resume, cancel at period end or now (with a prorated credit note).</summary>
public sealed class SubscriptionFunctions(SubscriptionService subscriptions, SubscriptionCancellation cancellation, CompanyRequests requests)
{
    [Function("CreateSubscription")]
    [OpenApiOperation("A customer's subscription.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(NewSubscription))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(SubscriptionView), ETag = true)]
    public Task<IActionResult> CreateSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/subscriptions")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var created = await subscriptions.CreateAsync(caller.Company, await JsonBody.ReadAsync<NewSubscription>(request, ct), ct);
            return ApiResponse.Created($"/api/companies/{caller.Company}/subscriptions/{created.Id}", SubscriptionView.From(created)) with { ETag = created.Version };
        }, cancellationToken);

    [Function("GetSubscription")]
    [OpenApiOperation("One subscription with its status, last billed period and next invoice date.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(SubscriptionView), ETag = true)]
    public Task<IActionResult> GetSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/subscriptions/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => SubscriptionView.Tagged(await subscriptions.GetAsync(caller.Company, id, ct)), cancellationToken);

    [Function("ListSubscriptions")]
    [OpenApiOperation("The company's subscriptions, paged; ?status=Paused lists those a failure (or the company) paused.", CompanyRole.Reader)]
    [OpenApiQuery("status", typeof(SubscriptionStatus), "Only subscriptions in this status.")]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<SubscriptionView>))]
    public Task<IActionResult> ListSubscriptions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/subscriptions")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var page = await subscriptions.ListAsync(caller.Company, QueryParameters.Enum<SubscriptionStatus>(request, "status"), 100, request.Query["continuation"].FirstOrDefault(), ct);
            return ApiResponse.Ok(PageView<SubscriptionView>.From(page, SubscriptionView.From));
        }, cancellationToken);

    [Function("ChangeSubscription")]
    [OpenApiOperation("action: pause, resume or cancel (at the end of the current period; with ?when=now at once, the invoiced period's unused days credited).", CompanyRole.Accountant)]
    [OpenApiQuery("when", typeof(string), "cancel only: periodEnd (default) or now.")]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(SubscriptionView))]
    public Task<IActionResult> ChangeSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/subscriptions/{id}/{action}")] HttpRequest request,
        string company,
        string id,
        string action,
        CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) => action switch
        {
            "pause" => ApiResponse.Ok(SubscriptionView.From(await subscriptions.PauseAsync(caller.Company, id, ct))),
            "resume" => ApiResponse.Ok(SubscriptionView.From(await subscriptions.ResumeAsync(caller.Company, id, ct))),
            "cancel" when request.Query["when"].FirstOrDefault() is null or "periodEnd" => ApiResponse.Ok(SubscriptionView.From(await subscriptions.CancelAtPeriodEndAsync(caller.Company, id, ct))),
            "cancel" when request.Query["when"].FirstOrDefault() == "now" => ApiResponse.Ok(SubscriptionView.From(await cancellation.CancelNowAsync(caller.Company, id, ct))),
            "cancel" => throw new RequestValidationException([new FieldError("query.when", "periodEnd or now.")]),
            _ => ApiProblems.NotFound($"Action '{action}' (pause, resume or cancel)"),
        }, cancellationToken);
}
