using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Recurring;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Recurring;

/// <summary>The coming invoices of subscription terms: periods (BG-14), invoice dates and run instants in the company's time zone.</summary>
public sealed class SubscriptionPreviewFunctions(CompanyRequests requests)
{
    [Function("PreviewSubscription")]
    [OpenApiOperation("The coming periods (BG-14), invoice dates and run instants of subscription terms.", CompanyRole.Reader, ReadOnly = true)]
    [OpenApiRequest(typeof(SubscriptionPreviewRequest))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(SubscriptionPreviewView))]
    public Task<IActionResult> PreviewSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/subscriptions/preview")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (_, ct) =>
            ApiResponse.Ok(new SubscriptionPreviewView(SubscriptionPreviewer.Preview(await JsonBody.ReadAsync<SubscriptionPreviewRequest>(request, ct)))), cancellationToken);
}
