using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Intake.Mail;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.App.Intake.Mailbox;

/// <summary>A company's inbound mailbox: settings (token, allowlist) for its admins, and what came in, for its readers.</summary>
public sealed class MailboxSettingsFunctions(MailboxSettingsService settings, IInboundMailStore messages, IOptions<MailboxOptions> options, CompanyRequests requests)
{
    [Function("GetMailboxSettings")]
    [OpenApiOperation("The company's mailbox: on or off, routing token, plus-address and subject tag, allowed senders.", CompanyRole.Admin)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(MailboxSettingsView))]
    public Task<IActionResult> GetMailboxSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/settings/mailbox")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(MailboxSettingsView.From(await settings.GetAsync(caller.Company, ct), options.Value)), cancellationToken);

    [Function("SaveMailboxSettings")]
    [OpenApiOperation("Turns the mailbox on or off, replaces the allowed senders, generates the token (first save, or rotateToken).", CompanyRole.Admin)]
    [OpenApiRequest(typeof(MailboxSettingsRequest))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(MailboxSettingsView))]
    public Task<IActionResult> SaveMailboxSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{company}/settings/mailbox")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(MailboxSettingsView.From(await settings.SaveAsync(caller.Company, await JsonBody.ReadAsync<MailboxSettingsRequest>(request, ct), ct), options.Value)), cancellationToken);

    [Function("ListInboundMail")]
    [OpenApiOperation("Messages routed to the company, newest first: sender, subject, routing, each attachment's invoice or quarantine.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InboundMailListView))]
    public Task<IActionResult> ListInboundMail(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/mailbox/messages")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var page = await messages.ListAsync(caller.Company, QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct);
            return ApiResponse.Ok(new InboundMailListView(page.Items, page.Continuation));
        }, cancellationToken);
}
