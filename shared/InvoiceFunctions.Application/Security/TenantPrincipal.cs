using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Security;

/// <summary>Who is calling: the company its key belongs to (the tenant comes from the key, never from the request) and its role.</summary>
public sealed record TenantPrincipal(CompanyId Company, string KeyId, ApiKeyRole Role)
{
    public bool CanAct(CompanyId company, ApiKeyRole atLeast) => Company == company && Role >= atLeast;
}
