using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Partners;

/// <summary>
/// A partner system allowed to call POST /api/webhooks/{id} for one company (a platform, a payment provider, another
/// billing tool). The company comes from the partner, never from the body.
/// </summary>
/// <param name="SecretVersions">The signing secrets in force (derived, never stored): the newest signs, the previous still verifies during a rotation.</param>
public sealed record Partner(string Id, CompanyId Company, string Name, IReadOnlyList<int> SecretVersions, DateTimeOffset CreatedAt, string? Version = null);
