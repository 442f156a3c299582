using InvoiceFunctions.Application;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;

namespace InvoiceFunctions.App.Http;

/// <summary>The one place where the application's exceptions become HTTP problems.</summary>
public static class ApiProblems
{
    public static ApiResponse Unauthorized() =>
        ApiResponse.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "Send a valid API key: 'Authorization: Bearer ifk_...' or 'X-Api-Key: ifk_...'.");

    public static ApiResponse Forbidden(CompanyRole needed) =>
        ApiResponse.Problem(StatusCodes.Status403Forbidden, "Forbidden", $"This needs the {needed} role (or higher) in this company.");

    public static ApiResponse NotFound(string what) =>
        ApiResponse.Problem(StatusCodes.Status404NotFound, "Not found", $"{what} was not found.");

    /// <summary>Runs a handler, answering the application's known failures as problems (anything else is a 500 from the host).</summary>
    public static async Task<ApiResponse> GuardAsync(Func<Task<ApiResponse>> handler)
    {
        try
        {
            return await handler();
        }
        catch (Exception ex) when (FromException(ex) is { } problem)
        {
            return problem;
        }
    }

    public static ApiResponse? FromException(Exception exception) => exception switch
    {
        // The Durable engine's client channel is down (the host is starting or restarting): a retry soon succeeds.
        Grpc.Core.RpcException { StatusCode: Grpc.Core.StatusCode.Unavailable } => ApiResponse.Problem(
            StatusCodes.Status503ServiceUnavailable, "Workflow engine unavailable", "The workflow engine is not reachable right now (starting or restarting); try again in a few seconds."),
        CompanyValidationException invalid => Invalid(invalid.Errors),
        LedgerValidationException invalid => Invalid(invalid.Errors),
        RequestValidationException invalid => Invalid(invalid.Errors),
        CompanyExistsException exists => Conflict("Already exists", $"Company '{exists.Id}' already exists."),
        ResourceExistsException exists => Conflict("Already exists", exists.Message),
        CompanyNotFoundException missing => NotFound($"Company '{missing.Id}'"),
        PrincipalNotFoundException missing => NotFound($"Principal '{missing.PrincipalId}'"),
        InvoiceNotFoundException missing => NotFound($"Invoice '{missing.InvoiceId}'"),
        ArchiveObjectNotFoundException missing => NotFound($"Archive object '{missing.Sha256}'"),
        InvoiceStateException state => Conflict("Invalid status", state.Message),
        DuplicateInvoiceException duplicate => Conflict("Duplicate invoice", $"{duplicate.Message} The company's duplicate policy is Block (invoice '{duplicate.ExistingInvoiceId}')."),
        ConcurrencyConflictException conflict => Conflict("Concurrent update", conflict.Message),
        ResourceNotFoundException missing => NotFound($"{missing.Kind} '{missing.Id}'"),
        ResourceStateException state => Conflict("Invalid status", state.Message),
        InvoiceRulesException rules => ApiResponse.RulesProblem(rules.Failures),
        PreconditionRequiredException required => ApiResponse.Problem(StatusCodes.Status428PreconditionRequired, "Precondition required", required.Message),
        PreconditionFailedException stale => ApiResponse.Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", stale.Message),
        PaymentNotFoundException missing => NotFound($"Payment '{missing.PaymentId}'"),
        AllocationException refused => Conflict("Allocation refused", refused.Message),
        StatementQuarantinedException quarantined => ApiResponse.Problem(StatusCodes.Status422UnprocessableEntity, "Statement refused", quarantined.Message),
        WebhookRejectedException rejected => ApiResponse.Problem(StatusCodes.Status401Unauthorized, "Webhook rejected", rejected.Message),
        BadRequestBodyException body => ApiResponse.Problem(StatusCodes.Status400BadRequest, "Invalid body", body.Message),
        _ => null,
    };

    private static ApiResponse Invalid(IReadOnlyList<FieldError> errors) =>
        ApiResponse.Problem(StatusCodes.Status400BadRequest, "Invalid request", "One or more fields are invalid.", errors);

    private static ApiResponse Conflict(string title, string detail) => ApiResponse.Problem(StatusCodes.Status409Conflict, title, detail);
}
