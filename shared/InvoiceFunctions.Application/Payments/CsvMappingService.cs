using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Payments.Csv;

namespace InvoiceFunctions.Application.Payments;

/// <summary>A company's CSV statement mapping: the documented default until it saves its own; saved only when every field is valid.</summary>
public sealed class CsvMappingService(ICsvMappingStore store)
{
    public async Task<BankCsvMapping> GetAsync(CompanyId company, CancellationToken cancellationToken) =>
        await store.FindAsync(company, cancellationToken) ?? BankCsvMapping.Default;

    /// <summary>Replaces the mapping (a PUT: fields left out are columns the file does not have); the same body twice saves the same thing.</summary>
    public async Task<BankCsvMapping> SaveAsync(CompanyId company, BankCsvMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var errors = CsvMappingRules.Validate(mapping);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var saved = BankCsvMapping.From(CsvMappingRules.ToMapping(mapping));
        await store.SaveAsync(company, saved, cancellationToken);
        return saved;
    }

    /// <summary>What the statement reader uses for the company's CSV files.</summary>
    public async Task<CsvStatementMapping> MappingAsync(CompanyId company, CancellationToken cancellationToken) =>
        await store.FindAsync(company, cancellationToken) is { } saved ? CsvMappingRules.ToMapping(saved) : CsvStatementMapping.Default;
}
