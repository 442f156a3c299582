using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Payments;

/// <summary>Each company's CSV statement mapping, as it was saved.</summary>
public interface ICsvMappingStore
{
    Task<BankCsvMapping?> FindAsync(CompanyId company, CancellationToken cancellationToken);

    Task SaveAsync(CompanyId company, BankCsvMapping mapping, CancellationToken cancellationToken);
}
