using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>Each company's e-mail settings.</summary>
public interface IEmailSettingsStore
{
    Task<EmailSettings?> FindAsync(CompanyId company, CancellationToken cancellationToken);

    Task SaveAsync(CompanyId company, EmailSettings settings, CancellationToken cancellationToken);
}
