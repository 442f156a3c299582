using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Recurring;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Recurring;

/// <summary>What recurring billing did for a company: the documents of a subscription, the company's share of each billing run.</summary>
public sealed class SubscriptionHistoryFunctions(SubscriptionService subscriptions, SubscriptionDocuments documents, BillingRunHistory history, CompanyRequests requests)
{
    [Function("ListSubscriptionInvoices")]
    [OpenApiOperation("The subscription's invoices (one per period) and cancellation credit notes, oldest period first, with status, number, amount.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(SubscriptionDocumentsView))]
    public Task<IActionResult> ListSubscriptionInvoices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/subscriptions/{id}/invoices")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var subscription = await subscriptions.GetAsync(caller.Company, id, ct);
            return ApiResponse.Ok(new SubscriptionDocumentsView(subscription.Id, await documents.ListAsync(caller.Company, subscription.Id, ct)));
        }, cancellationToken);

    [Function("ListCompanyBillingRuns")]
    [OpenApiOperation("The company's share of each billing run, newest first: subscriptions looked at, billed, invoices, failures.", CompanyRole.Reader)]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<BillingRunReport>))]
    public Task<IActionResult> ListCompanyBillingRuns(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/billing-runs")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(PageView<BillingRunReport>.From(await history.ListAsync(caller.Company, 50, request.Query["continuation"].FirstOrDefault(), ct), r => r)), cancellationToken);
}
