using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.App.Companies;

/// <summary>Body of POST /api/admin/companies/{company}/keys: a key for a new principal, or another key for <see cref="PrincipalId"/>.</summary>
public sealed record NewApiKeyRequest(string? Name, CompanyRole Role = CompanyRole.Admin, string? PrincipalId = null);
