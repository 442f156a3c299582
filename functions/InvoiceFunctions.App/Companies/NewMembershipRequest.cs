using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.App.Companies;

/// <summary>Body of POST /api/admin/companies/{company}/members: give an existing principal a role in the company.</summary>
public sealed record NewMembershipRequest(string? PrincipalId, CompanyRole Role = CompanyRole.Reader);
