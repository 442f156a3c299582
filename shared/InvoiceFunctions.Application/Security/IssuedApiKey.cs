using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Security;

/// <summary>A key just issued: <see cref="Key"/> is the only time its secret is shown. It names <see cref="PrincipalId"/>, who holds <see cref="Role"/> in <see cref="Company"/>.</summary>
public sealed record IssuedApiKey(string KeyId, string Key, string PrincipalId, string Name, CompanyId Company, CompanyRole Role, DateTimeOffset CreatedAt);
