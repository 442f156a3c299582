using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Security;
using InvoiceFunctions.Application.Templates;
using InvoiceFunctions.Rendering.Templates;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Issuing;

/// <summary>
/// The company's logo in the templates container: the same blob ("{company}/logo.png|jpg|svg") can be dropped there
/// directly; through this door it is checked first (format sniffed from the bytes, size, image header, SVG screened).
/// </summary>
public sealed class CompanyLogoFunctions(CompanyLogoService logos, CompanyRequests requests)
{
    private const string Route = "companies/{company}/settings/billing/logo";

    [Function("GetCompanyLogo")]
    [OpenApiOperation("The logo drawn on the company's documents (PNG, JPEG or SVG).", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, Description = "The image, with its own content type.")]
    [OpenApiResponse(StatusCodes.Status404NotFound, ContentType = "application/problem+json")]
    public Task<IActionResult> GetCompanyLogo(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            await logos.GetAsync(caller.Company, ct) is { } logo
                ? (IActionResult)new FileContentResult(logo.Content.ToArray(), logo.ContentType) { FileDownloadName = logo.FileName, EntityTag = new($"\"{logo.Sha256}\"") }
                : ApiProblems.NotFound("The logo"), cancellationToken);

    [Function("SaveCompanyLogo")]
    [OpenApiOperation("Replaces the logo with the body's PNG, JPEG or SVG (told from the bytes; at most 512 KiB and 4096 px a side; an SVG may not refer outside itself).", CompanyRole.Admin)]
    [OpenApiRequest(typeof(string))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(LogoView))]
    [OpenApiResponse(StatusCodes.Status400BadRequest, ContentType = "application/problem+json")]
    public Task<IActionResult> SaveCompanyLogo(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Route)] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(LogoView.From(await logos.SaveAsync(caller.Company, await RawBody.ReadAsync(request, LogoImage.MaxBytes, ct), ct))), cancellationToken);

    [Function("DeleteCompanyLogo")]
    [OpenApiOperation("Removes the logo: documents drawn after have none.", CompanyRole.Admin)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status204NoContent)]
    [OpenApiResponse(StatusCodes.Status404NotFound, ContentType = "application/problem+json")]
    public Task<IActionResult> DeleteCompanyLogo(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Route)] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
        {
            await logos.DeleteAsync(caller.Company, ct);
            return new ApiResponse(StatusCodes.Status204NoContent, null);
        }, cancellationToken);
}
