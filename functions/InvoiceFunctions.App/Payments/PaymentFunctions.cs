using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Payments;

/// <summary>Payments by API: record (allocated as given, or as the matcher proposes), list, read, allocate by hand, refund.</summary>
public sealed class PaymentFunctions(PaymentService payments, CompanyRequests requests)
{
    [Function("ReceivePayment")]
    [OpenApiOperation("Records a payment; allocates it as given, or lets the matcher decide.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(NewPayment))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(PaymentView))]
    public Task<IActionResult> ReceivePayment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/payments")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var payment = await payments.RecordAsync(caller.Company, await JsonBody.ReadAsync<NewPayment>(request, ct), PaymentSource.Api, null, caller.PrincipalId, ct);
            return ApiResponse.Created($"/api/companies/{company}/payments/{payment.Id}", PaymentView.From(payment));
        }, cancellationToken);

    [Function("ListPayments")]
    [OpenApiOperation("The company's payments, paged.", CompanyRole.Reader)]
    [OpenApiQuery("pageSize", typeof(int), "1 to 1000 (default 100).")]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<PaymentView>))]
    public Task<IActionResult> ListPayments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/payments")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(PageView<PaymentView>.From(
                await payments.ListAsync(caller.Company, false, QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct), PaymentView.From)), cancellationToken);

    [Function("GetPayment")]
    [OpenApiOperation("One payment with its allocations.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PaymentView))]
    public Task<IActionResult> GetPayment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/payments/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(PaymentView.From(await payments.GetAsync(caller.Company, id, ct)) with { Allocations = await payments.AllocationsAsync(caller.Company, id, ct) }), cancellationToken);

    [Function("AllocatePayment")]
    [OpenApiOperation("Allocates a payment to one or more invoices (all or nothing).", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(PaymentRequests.Allocate))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PaymentView))]
    public Task<IActionResult> AllocatePayment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/payments/{id}/allocations")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var body = await JsonBody.ReadAsync<PaymentRequests.Allocate>(request, ct);
            var payment = await payments.AllocateAsync(caller.Company, id, body.Allocations ?? [], caller.PrincipalId, ct);
            return ApiResponse.Ok(PaymentView.From(payment) with { Allocations = await payments.AllocationsAsync(caller.Company, id, ct) });
        }, cancellationToken);

    [Function("RefundPayment")]
    [OpenApiOperation("Records a refund of the unallocated rest of a payment.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(PaymentRequests.Refund))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PaymentView))]
    public Task<IActionResult> RefundPayment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/payments/{id}/refunds")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var body = await JsonBody.ReadAsync<PaymentRequests.Refund>(request, ct);
            return ApiResponse.Ok(PaymentView.From(await payments.RefundAsync(caller.Company, id, body.Amount, ct)));
        }, cancellationToken);
}
