using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceFunctions.App.Http;

/// <summary>
/// The door of every /api/companies/{company}/... function: the key names the principal, the route names the company,
/// the principal's role there must reach the function's. Unknown key 401; no role in that company 404 (a key never
/// learns which other companies exist); a lower role 403. Writes then run under the company's Idempotency-Key scope.
/// </summary>
public sealed class CompanyRequests(CompanyAuthorizer authorizer, IdempotentRequests idempotent)
{
    public async Task<IActionResult> ReadAsync(
        HttpRequest request, string company, CompanyRole role, Func<CompanyCaller, CancellationToken, Task<IActionResult>> handler, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await AuthorizeAsync(request, company, role, cancellationToken);
        if (caller is null)
        {
            return refusal!;
        }

        try
        {
            return await handler(caller, cancellationToken);
        }
        catch (Exception ex) when (ApiProblems.FromException(ex) is { } problem)
        {
            return problem;
        }
    }

    public async Task<IActionResult> WriteAsync(
        HttpRequest request, string company, CompanyRole role, Func<CompanyCaller, CancellationToken, Task<ApiResponse>> handler, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await AuthorizeAsync(request, company, role, cancellationToken);
        return caller is null ? refusal! : await idempotent.RunAsync(request, "company:" + caller.Company.Value, ct => handler(caller, ct), cancellationToken);
    }

    private async Task<(CompanyCaller? Caller, ApiResponse? Refusal)> AuthorizeAsync(HttpRequest request, string company, CompanyRole role, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization.ToString();
        var presented = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : request.Headers["X-Api-Key"].ToString();
        var decision = await authorizer.AuthorizeAsync(presented, company, role, cancellationToken);
        return decision.Outcome switch
        {
            AccessOutcome.Granted => (decision.Caller, null),
            AccessOutcome.Unauthenticated => (null, ApiProblems.Unauthorized()),
            AccessOutcome.Forbidden => (null, ApiProblems.Forbidden(role)),
            _ => (null, ApiProblems.NotFound($"Company '{company}'")),
        };
    }
}
