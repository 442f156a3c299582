namespace InvoiceFunctions.Application.Security;

/// <summary>The outcome of <see cref="CompanyAuthorizer.AuthorizeAsync"/>; <see cref="Caller"/> is set when granted.</summary>
public sealed record AccessDecision(AccessOutcome Outcome, CompanyCaller? Caller = null);
