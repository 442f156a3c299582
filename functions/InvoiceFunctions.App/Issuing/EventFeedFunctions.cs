using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Issuing;

/// <summary>The integrators' event feed (invoice.issued, creditnote.issued...), oldest first, paged with a cursor.</summary>
public sealed class EventFeedFunctions(IOutboundEventStore events, CompanyRequests requests)
{
    [Function("ListEvents")]
    [OpenApiOperation("The integrators' event feed, oldest first.", CompanyRole.Reader)]
    [OpenApiQuery("pageSize", typeof(int), "1 to 1000 (default 50).")]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<OutboundEvent>))]
    public Task<IActionResult> ListEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/events")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var page = await events.ReadAsync(caller.Company, Math.Clamp(QueryParameters.PageSize(request), 1, 1000), QueryParameters.Text(request, "continuation"), ct);
            return ApiResponse.Ok(PageView<OutboundEvent>.From(page, e => e));
        }, cancellationToken);
}
