using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.App.Companies;

/// <summary>Body of POST /api/admin/companies/{company}/keys.</summary>
public sealed record NewApiKeyRequest(string? Name, ApiKeyRole Role = ApiKeyRole.Owner);
