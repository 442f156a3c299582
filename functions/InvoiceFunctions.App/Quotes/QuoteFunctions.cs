using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Quotes;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Quotes;

/// <summary>Quotes through the API: draft, list, read, send (numbered, PDF stored, mailed with the customer's signed link), accept or decline.</summary>
public sealed class QuoteFunctions(QuoteService quotes, QuoteSending sending, CompanyRequests requests, TimeProvider time)
{
    [Function("CreateQuote")]
    [OpenApiOperation("Drafts a quote (catalogue prices frozen), valid until a date.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(NewQuote))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(QuoteView))]
    public Task<IActionResult> CreateQuote(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/quotes")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var quote = await quotes.CreateAsync(caller.Company, await JsonBody.ReadAsync<NewQuote>(request, ct), caller.PrincipalId, ct);
            return ApiResponse.Created($"/api/companies/{company}/quotes/{quote.Id}", QuoteView.From(quote, Today()));
        }, cancellationToken);

    [Function("ListQuotes")]
    [OpenApiOperation("The company's quotes, paged.", CompanyRole.Reader)]
    [OpenApiQuery("status", typeof(QuoteStatus), "Only quotes in this status.")]
    [OpenApiQuery("pageSize", typeof(int), "1 to 1000 (default 100).")]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<QuoteView>))]
    public Task<IActionResult> ListQuotes(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/quotes")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var page = await quotes.ListAsync(
                caller.Company, QueryParameters.Enum<QuoteStatus>(request, "status"), QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct);
            return ApiResponse.Ok(PageView<QuoteView>.From(page, q => QuoteView.From(q, Today())));
        }, cancellationToken);

    [Function("GetQuote")]
    [OpenApiOperation("One quote; a sent quote past its validity reads Expired.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(QuoteView))]
    public Task<IActionResult> GetQuote(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/quotes/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(QuoteView.From(await quotes.GetAsync(caller.Company, id, ct), Today())), cancellationToken);

    [Function("SendQuote")]
    [OpenApiOperation("Numbers the quote, marks it sent, stores its PDF and mails it to the customer (once) with the signed accept link, which it answers too.", CompanyRole.Accountant)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(QuoteView))]
    public Task<IActionResult> SendQuote(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/quotes/{id}/send")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var (quote, link) = await sending.SendAsync(caller.Company, id, $"{request.Scheme}://{request.Host}/api/quotes/", ct);
            return ApiResponse.Ok(QuoteView.From(quote, Today(), link));
        }, cancellationToken);

    [Function("DecideQuote")]
    [OpenApiOperation("Records the customer's decision: accept (creates the order, once) or decline.", CompanyRole.Accountant)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(QuoteView))]
    public Task<IActionResult> DecideQuote(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/quotes/{id}/{decision}")] HttpRequest request,
        string company, string id, string decision, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) => decision is "accept" or "decline"
            ? ApiResponse.Ok(QuoteView.From(await quotes.DecideAsync(caller.Company, id, decision == "accept", $"api:{caller.PrincipalId}", ct), Today()))
            : ApiProblems.NotFound($"Decision '{decision}' (accept or decline)"), cancellationToken);

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
