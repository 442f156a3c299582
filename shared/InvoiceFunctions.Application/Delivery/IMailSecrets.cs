using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>The deployment's secrets for companies' SMTP relays, by company and name: a company can only name its own.</summary>
public interface IMailSecrets
{
    /// <returns>The secret, or null when the deployment has none by that name for this company.</returns>
    string? Find(CompanyId company, string name);

    /// <summary>Where the deployment keeps it, for messages (never the value).</summary>
    string SettingName(CompanyId company, string name);
}
