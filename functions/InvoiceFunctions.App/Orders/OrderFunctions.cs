using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Orders;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Orders;

/// <summary>Orders (from accepted quotes or direct) and the invoice drafts made from them.</summary>
public sealed class OrderFunctions(OrderService orders, CompanyRequests requests)
{
    [Function("CreateOrder")]
    [OpenApiOperation("An order taken without a quote.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(NewOrder))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(OrderView))]
    public Task<IActionResult> CreateOrder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/orders")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var order = await orders.CreateAsync(caller.Company, await JsonBody.ReadAsync<NewOrder>(request, ct), ct);
            return ApiResponse.Created($"/api/companies/{company}/orders/{order.Id}", OrderView.From(order));
        }, cancellationToken);

    [Function("ListOrders")]
    [OpenApiOperation("The company's orders, paged.", CompanyRole.Reader)]
    [OpenApiQuery("pageSize", typeof(int), "1 to 1000 (default 100).")]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<OrderView>))]
    public Task<IActionResult> ListOrders(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/orders")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(PageView<OrderView>.From(await orders.ListAsync(caller.Company, QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct), OrderView.From)),
            cancellationToken);

    [Function("GetOrder")]
    [OpenApiOperation("One order: remaining quantities and its invoices.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(OrderView))]
    public Task<IActionResult> GetOrder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/orders/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(OrderView.From(await orders.GetAsync(caller.Company, id, ct))), cancellationToken);

    [Function("InvoiceOrder")]
    [OpenApiOperation("Drafts the next invoice of an order: a deposit, some lines, or all that remains.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(OrderInvoiceRequest))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(OrderInvoiceCreated))]
    public Task<IActionResult> InvoiceOrder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/orders/{id}/invoices")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var (order, invoice) = await orders.InvoiceAsync(caller.Company, id, await JsonBody.ReadAsync<OrderInvoiceRequest>(request, ct), caller.PrincipalId, ct);
            return ApiResponse.Created($"/api/companies/{company}/invoices/{invoice.Id}", new OrderInvoiceCreated(OrderView.From(order), InvoiceView.From(invoice)));
        }, cancellationToken);
}
