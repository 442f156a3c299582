using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Ledger;

/// <summary>
/// The invoices of the ledger with their append-only history, numbering counters and duplicate fingerprints.
/// Every update is conditional on the version read; a lost race is re-read and retried, never overwritten.
/// </summary>
public interface ILedgerStore
{
    /// <summary>Adds a new invoice with its first events and, when given, claims its fingerprint in the same transaction.</summary>
    /// <exception cref="DuplicateInvoiceException">The fingerprint belongs to another invoice.</exception>
    Task AddAsync(LedgerInvoice invoice, IReadOnlyList<InvoiceEvent> events, string? fingerprint, CancellationToken cancellationToken);

    Task<LedgerInvoice?> FindAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken);

    /// <summary>The invoice that holds this fingerprint, if any.</summary>
    Task<string?> FindFingerprintAsync(CompanyId company, string fingerprint, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the invoice, applies <paramref name="change"/> (pure; it may throw to refuse, or answer null when there is
    /// nothing to change) and writes it with its event; retried on a lost race.
    /// </summary>
    Task<LedgerInvoice> UpdateAsync(CompanyId company, string invoiceId, Func<LedgerInvoice, InvoiceChange?> change, CancellationToken cancellationToken);

    /// <summary>As <see cref="UpdateAsync(CompanyId, string, Func{LedgerInvoice, InvoiceChange?}, CancellationToken)"/>, starting from a row just read (its version): no read unless someone wrote in between.</summary>
    Task<LedgerInvoice> UpdateAsync(LedgerInvoice known, Func<LedgerInvoice, InvoiceChange?> change, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="UpdateAsync(CompanyId, string, Func{LedgerInvoice, InvoiceChange?}, CancellationToken)"/>, also taking the next number of the series and year: the counter, the invoice and its event are
    /// written in one transaction, so a number is used exactly once and only by an invoice that was issued.
    /// </summary>
    Task<LedgerInvoice> IssueAsync(CompanyId company, string invoiceId, string series, int year, Func<LedgerInvoice, InvoiceNumber, InvoiceChange> change, CancellationToken cancellationToken);

    /// <summary>As the other <c>IssueAsync</c>, starting from a row just read (its version).</summary>
    Task<LedgerInvoice> IssueAsync(LedgerInvoice known, string series, int year, Func<LedgerInvoice, InvoiceNumber, InvoiceChange> change, CancellationToken cancellationToken);

    Task<IReadOnlyList<InvoiceEvent>> HistoryAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken);

    Task<ResultPage<LedgerInvoice>> QueryAsync(CompanyId company, InvoiceQuery query, CancellationToken cancellationToken);

    Task<LedgerSettings> GetSettingsAsync(CompanyId company, CancellationToken cancellationToken);

    Task SaveSettingsAsync(CompanyId company, LedgerSettings settings, CancellationToken cancellationToken);
}
