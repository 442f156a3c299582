using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Security;

/// <summary>A principal's role in one company.</summary>
public sealed record Membership(string PrincipalId, CompanyId Company, CompanyRole Role, DateTimeOffset GrantedAt);
