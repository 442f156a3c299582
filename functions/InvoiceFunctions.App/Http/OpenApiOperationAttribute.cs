using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.App.Http;

/// <summary>
/// What an HTTP function does, for the OpenAPI document (/api/openapi.json). The role is stated here because the
/// function passes it to <see cref="CompanyRequests"/> at run time, where reflection cannot see it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OpenApiOperationAttribute : Attribute
{
    public OpenApiOperationAttribute(string summary) => Summary = summary;

    public OpenApiOperationAttribute(string summary, CompanyRole role)
    {
        Summary = summary;
        Role = role;
    }

    public string Summary { get; }

    /// <summary>The least role the caller's API key needs in the company (company routes only).</summary>
    public CompanyRole? Role { get; }

    /// <summary>A POST that changes nothing (a preview): it takes no Idempotency-Key.</summary>
    public bool ReadOnly { get; set; }
}
