using System.Security.Cryptography;
using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Intake;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Intake;

/// <summary>The HTTP door for files: the same import as an upload, answered at once (201 with the invoice, or 422 with the quarantine item).</summary>
public sealed class ImportFunctions(InvoiceIntake intake, CompanyRequests requests)
{
    [Function("ImportInvoiceFile")]
    [OpenApiOperation("Imports a Factur-X / ZUGFeRD PDF, CII or UBL XML made elsewhere (sales or purchase, told from SIREN / VAT id), or a JSON batch of sales invoices (200 with each one's result).", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(string))]
    [OpenApiQuery("name", typeof(string), "The file's name, kept with it (the format is read from the content).")]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(IntakeResult))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(IntakeResult), Description = "A batch: each invoice's result in items.")]
    [OpenApiResponse(StatusCodes.Status422UnprocessableEntity, ContentType = "application/problem+json")]
    public Task<IActionResult> ImportInvoiceFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/imports")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var content = await RawBody.ReadAsync(request, IntakeReader.MaxFileBytes, ct);
            var key = $"api:{request.Headers["Idempotency-Key"]}:{Convert.ToHexStringLower(SHA256.HashData(content))}";
            var result = await intake.ImportAsync(caller.Company, new IntakeDocument(QueryParameters.Text(request, "name") ?? "upload", content, SourceChannel.Api, key), ct);
            // A batch answers 200 with each invoice's own result; one document answers 201 or 422.
            return result.Items is not null ? ApiResponse.Ok(result)
                : result.InvoiceId is { } invoice ? ApiResponse.Created($"/api/companies/{caller.Company}/invoices/{invoice}", result)
                : ApiResponse.Problem(
                    StatusCodes.Status422UnprocessableEntity,
                    result.Outcome == IntakeOutcome.ManualKeying ? "No embedded invoice: manual keying needed" : "The file was refused",
                    $"{result.Code}: {result.Reason} Kept as quarantine item {result.QuarantineId}.",
                    (result.Details ?? []).Select(d => new Application.Companies.FieldError("file", d)).ToList());
        }, cancellationToken);
}
