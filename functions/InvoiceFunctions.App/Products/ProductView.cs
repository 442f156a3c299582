using InvoiceFunctions.Application.Products;

namespace InvoiceFunctions.App.Products;

/// <summary>A product as the API shows it.</summary>
public sealed record ProductView(string Id, string Name, string Category, decimal UnitPrice, string Currency, decimal VatRate, DateTimeOffset CreatedAt)
{
    public static ProductView From(Product p) => new(p.Id, p.Name, p.Category, p.UnitPrice, p.Currency, p.VatRate, p.CreatedAt);
}
