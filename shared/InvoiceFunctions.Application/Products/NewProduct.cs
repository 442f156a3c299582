using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Products;

/// <summary>What it takes to add a product; <see cref="Validate"/> lists every problem at once.</summary>
public sealed record NewProduct(string? Id, string? Name, string? Category, decimal UnitPrice, string? Currency, decimal VatRate)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        LedgerIds.CheckId(Id, "id", errors);
        LedgerIds.CheckText(Name, "name", 200, errors);
        LedgerIds.CheckId(Category, "category", errors);
        LedgerIds.CheckCurrency(Currency, "currency", errors);
        if (UnitPrice < 0 || decimal.Round(UnitPrice, 4) != UnitPrice)
        {
            errors.Add(new FieldError("unitPrice", "Zero or more, at most 4 decimals."));
        }

        if (VatRate is < 0 or > 100)
        {
            errors.Add(new FieldError("vatRate", "A percentage from 0 to 100."));
        }

        return errors;
    }
}
