using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Security;

/// <summary>Who is calling, for which company (from the route) and with which role (from the principal's membership).</summary>
public sealed record CompanyCaller(string PrincipalId, string KeyId, CompanyId Company, CompanyRole Role);
