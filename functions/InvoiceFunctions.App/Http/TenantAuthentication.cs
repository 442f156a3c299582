using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;

namespace InvoiceFunctions.App.Http;

/// <summary>Finds the calling company from its API key ("Authorization: Bearer" or "X-Api-Key"); the route's company must be the key's.</summary>
public sealed class TenantAuthentication(ApiKeyAuthenticator authenticator)
{
    public Task<TenantPrincipal?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization.ToString();
        var presented = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : request.Headers["X-Api-Key"].ToString();
        return authenticator.AuthenticateAsync(presented, cancellationToken);
    }
}
