using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>The files of an invoice's dunning: the letters as sent (one per step, replaced by a retry) and the collection file.</summary>
public interface IDunningFileStore
{
    Task PutAsync(CompanyId company, string invoiceId, MailAttachment file, CancellationToken cancellationToken);

    Task<MailAttachment?> GetAsync(CompanyId company, string invoiceId, string name, CancellationToken cancellationToken);

    /// <summary>Every file, by name.</summary>
    Task<IReadOnlyList<MailAttachment>> ListAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken);
}
