using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>Quotes per company; updates conditional on the version read, the quote number counter in the same transaction.</summary>
public interface IQuoteStore
{
    Task AddAsync(Quote quote, CancellationToken cancellationToken);

    Task<Quote?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="updated"/> if the stored quote is still at <paramref name="updated"/>.Version.</summary>
    /// <exception cref="ConcurrencyConflictException">It changed since.</exception>
    Task<Quote> UpdateAsync(Quote updated, CancellationToken cancellationToken);

    /// <summary>Gives the quote the next number of the series and year and writes it, in one transaction.</summary>
    Task<Quote> NumberAsync(Quote updated, string series, int year, CancellationToken cancellationToken);

    Task<ResultPage<Quote>> ListAsync(CompanyId company, QuoteStatus? status, int pageSize, string? continuation, CancellationToken cancellationToken);
}
