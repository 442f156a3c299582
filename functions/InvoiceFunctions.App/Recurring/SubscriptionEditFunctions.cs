using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Recurring;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Recurring;

/// <summary>Changes to a subscription's coming periods: replace its content (If-Match), a price from a date, and the invoices they will give.</summary>
public sealed class SubscriptionEditFunctions(SubscriptionService subscriptions, SubscriptionEditor editor, CompanyRequests requests)
{
    [Function("UpdateSubscription")]
    [OpenApiOperation("Replaces a subscription's customer, currency, lines (with price changes), end, payment days and (when given) schedule, start and timing for the periods not invoiced yet; 409 when an invoiced period would be cut otherwise.", CompanyRole.Accountant)]
    [OpenApiHeader("If-Match", "The ETag of the last read (GET .../subscriptions/{id}); another version gets 412, none 428.", Required = true)]
    [OpenApiRequest(typeof(SubscriptionUpdate))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(SubscriptionView), ETag = true)]
    public Task<IActionResult> UpdateSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{company}/subscriptions/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var update = await JsonBody.ReadAsync<SubscriptionUpdate>(request, ct);
            return SubscriptionView.Tagged(await editor.UpdateAsync(caller.Company, id, update, request.Headers.IfMatch.ToString() is { Length: > 0 } tag ? tag : null, ct));
        }, cancellationToken);

    [Function("AddSubscriptionPriceChange")]
    [OpenApiOperation("A line's unit price from a date (a change on that date is replaced); 409 when the date falls in an invoiced period.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(PriceChangeRequest))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(SubscriptionView), ETag = true)]
    public Task<IActionResult> AddSubscriptionPriceChange(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/subscriptions/{id}/price-changes")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
            SubscriptionView.Tagged(await editor.ChangePriceAsync(caller.Company, id, await JsonBody.ReadAsync<PriceChangeRequest>(request, ct), ct)), cancellationToken);

    [Function("ListUpcomingSubscriptionInvoices")]
    [OpenApiOperation("The subscription's next invoices (periods not invoiced yet): dates, lines at the prices in force then, net amounts.", CompanyRole.Reader)]
    [OpenApiQuery("count", typeof(int), "1 to 120 (default 12).")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(UpcomingInvoicesView))]
    public Task<IActionResult> ListUpcomingSubscriptionInvoices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/subscriptions/{id}/upcoming")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var subscription = await subscriptions.GetAsync(caller.Company, id, ct);
            return ApiResponse.Ok(new UpcomingInvoicesView(subscription.Id, SubscriptionForecast.Next(subscription, QueryParameters.Count(request, "count", 12, 120))));
        }, cancellationToken);
}
