using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Products;

/// <summary>A product or service a company sells, in a category.</summary>
/// <param name="UnitPrice">Item net price (BT-146) in <see cref="Currency"/>.</param>
/// <param name="VatRate">Invoiced item VAT rate (BT-152), in percent.</param>
public sealed record Product(CompanyId Company, string Id, string Name, string Category, decimal UnitPrice, string Currency, decimal VatRate, DateTimeOffset CreatedAt);
