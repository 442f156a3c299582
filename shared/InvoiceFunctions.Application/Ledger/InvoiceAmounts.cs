namespace InvoiceFunctions.Application.Ledger;

/// <summary>An invoice's totals in its currency (BT-5), as EN 16931 names them.</summary>
/// <param name="TaxExclusive">Invoice total amount without VAT (BT-109).</param>
/// <param name="Tax">Invoice total VAT amount (BT-110).</param>
/// <param name="TaxInclusive">Invoice total amount with VAT (BT-112).</param>
/// <param name="Due">Amount due for payment (BT-115), before the payments recorded here.</param>
public sealed record InvoiceAmounts(string Currency, decimal TaxExclusive, decimal Tax, decimal TaxInclusive, decimal Due);
