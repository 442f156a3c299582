using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Quotes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Quotes;

/// <summary>
/// The customer's side of a quote, through the signed link it received (no account): read it, accept or decline it.
/// A bad, tampered or expired link is a 404 that says nothing about the quote.
/// </summary>
public sealed class QuoteLinkFunctions(QuoteService quotes, TimeProvider time)
{
    [Function("ViewQuoteByLink")]
    [OpenApiOperation("The customer reads a quote through its signed link (no account).")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(QuoteView))]
    public async Task<IActionResult> ViewQuoteByLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "quotes/{token}")] HttpRequest request, string token, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () => ApiResponse.Ok(QuoteView.From(await quotes.GetByLinkAsync(token, cancellationToken), Today()) with { Decision = null, Mail = null }));

    [Function("DecideQuoteByLink")]
    [OpenApiOperation("The customer accepts or declines a quote through its signed link.")]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(QuoteView))]
    public async Task<IActionResult> DecideQuoteByLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "quotes/{token}/{decision}")] HttpRequest request,
        string token, string decision, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () => decision is "accept" or "decline"
            ? ApiResponse.Ok(QuoteView.From(await quotes.DecideByLinkAsync(token, decision == "accept", cancellationToken), Today()) with { Decision = null, Mail = null })
            : ApiProblems.NotFound($"Decision '{decision}' (accept or decline)"));

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
