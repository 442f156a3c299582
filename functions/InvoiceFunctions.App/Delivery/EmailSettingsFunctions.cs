using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Delivery;

/// <summary>A company's e-mail delivery settings (sender, reply-to, attachments, templates): read by any member, replaced by an admin.</summary>
public sealed class EmailSettingsFunctions(EmailSettingsService settings, CompanyRequests requests)
{
    [Function("GetEmailSettings")]
    [OpenApiOperation("The company's e-mail settings (the shipped defaults until it saves its own).", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(EmailSettings))]
    public Task<IActionResult> GetEmailSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/settings/email")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(await settings.GetAsync(caller.Company, ct)), cancellationToken);

    [Function("SaveEmailSettings")]
    [OpenApiOperation("Replaces sender, reply-to, attachment choice and templates.", CompanyRole.Admin)]
    [OpenApiRequest(typeof(EmailSettings))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(EmailSettings))]
    public Task<IActionResult> SaveEmailSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{company}/settings/email")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(await settings.SaveAsync(caller.Company, await JsonBody.ReadAsync<EmailSettings>(request, ct), ct)), cancellationToken);
}
