using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>The PDF of each sent quote, written once: the one the customer received is the one kept.</summary>
public interface IQuotePdfStore
{
    Task<byte[]?> GetAsync(CompanyId company, string quoteId, string fileName, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="pdf"/> unless a PDF is stored under that name already; answers the stored bytes (the earlier ones if so).</summary>
    Task<byte[]> PutOnceAsync(CompanyId company, string quoteId, string fileName, byte[] pdf, CancellationToken cancellationToken);
}
