using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Delivery;

/// <summary>An invoice's delivery attempts (channel, receiver, state, Message-ID, why it failed), and a re-send on request.</summary>
public sealed class DeliveryQueryFunctions(EmailDeliveryService delivery, DeliveryDispatcher dispatcher, CompanyRequests requests)
{
    [Function("ListInvoiceDeliveries")]
    [OpenApiOperation("The invoice's delivery attempts.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DeliveryListView))]
    public Task<IActionResult> ListInvoiceDeliveries(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices/{id}/deliveries")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(new DeliveryListView((await delivery.ListAsync(caller.Company, id, ct)).Select(DeliveryView.From).ToList())), cancellationToken);

    [Function("ResendInvoice")]
    [OpenApiOperation("Asks for a new delivery attempt of the invoice: by e-mail, or through the connector named by ?connector=.", CompanyRole.Accountant)]
    [OpenApiQuery("connector", typeof(string), "A connector's id: re-send through it instead of by e-mail.")]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status202Accepted, typeof(DeliveryMessage))]
    public Task<IActionResult> ResendInvoice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/deliveries")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
            ApiResponse.Accepted(await dispatcher.RequestResendAsync(caller.Company, id, QueryParameters.Text(request, "connector"), ct)), cancellationToken);
}
