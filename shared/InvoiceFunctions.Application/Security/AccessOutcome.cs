namespace InvoiceFunctions.Application.Security;

/// <summary>How a request's key fared against the route's company and the role it needs.</summary>
public enum AccessOutcome
{
    /// <summary>The caller holds the role (or a higher one) in the company.</summary>
    Granted,

    /// <summary>No key, or a malformed, unknown, revoked or wrong one (401).</summary>
    Unauthenticated,

    /// <summary>The principal has no role in that company, or it does not exist (404: a key never learns which other companies exist).</summary>
    UnknownCompany,

    /// <summary>The principal is a member of the company with a lower role (403).</summary>
    Forbidden,
}
