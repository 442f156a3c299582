using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;
using Microsoft.Extensions.Configuration;

namespace InvoiceFunctions.Adapters.Mail;

/// <summary>
/// Company relay passwords from the app's configuration, section "SmtpSecrets", one key per company and name
/// (<c>SmtpSecrets__acme__relay</c>): a Key Vault reference in Azure (infra parameter companySmtpSecrets), a local
/// setting in development. The company is part of the key, so a company can never name another's secret or the app's own.
/// </summary>
public sealed class ConfigurationMailSecrets(IConfiguration configuration) : IMailSecrets
{
    public const string Section = "SmtpSecrets";

    public string? Find(CompanyId company, string name) =>
        configuration[$"{Section}:{company.Value}:{name}"] is { Length: > 0 } value ? value : null;

    public string SettingName(CompanyId company, string name) => $"{Section}__{company.Value}__{name}";
}
