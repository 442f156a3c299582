using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Security;

/// <summary>
/// Decides whether a presented key may act on the route's company: the key names a principal, the principal's
/// membership in that company gives the role. Two point reads per request.
/// </summary>
public sealed class CompanyAuthorizer(ApiKeyAuthenticator authenticator, IMembershipStore memberships)
{
    public async Task<AccessDecision> AuthorizeAsync(string? presentedKey, string company, CompanyRole atLeast, CancellationToken cancellationToken)
    {
        var key = await authenticator.AuthenticateAsync(presentedKey, cancellationToken);
        if (key is null)
        {
            return new AccessDecision(AccessOutcome.Unauthenticated);
        }

        if (!CompanyId.TryParse(company, out var id) || await memberships.FindAsync(key.PrincipalId, id, cancellationToken) is not { } membership)
        {
            return new AccessDecision(AccessOutcome.UnknownCompany);
        }

        return membership.Role >= atLeast
            ? new AccessDecision(AccessOutcome.Granted, new CompanyCaller(key.PrincipalId, key.KeyId, id, membership.Role))
            : new AccessDecision(AccessOutcome.Forbidden);
    }
}
