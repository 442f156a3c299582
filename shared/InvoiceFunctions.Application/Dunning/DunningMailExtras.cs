using System.Globalization;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// What a reminder carries besides the invoice: the customer's statement of account (all its open sales invoices), the
/// company's payment link for this invoice, the name of the attached EPC QR code (SEPA transfer of the amount due) and
/// that of the attached reminder letter (PDF).
/// </summary>
public sealed record DunningMailExtras(IReadOnlyList<LedgerInvoice> OpenItems, string? PaymentLink, string? QrCodeFile, string? LetterFile = null)
{
    /// <summary>At most this many open items are listed; the total counts them all.</summary>
    public const int MaxItems = 50;

    public static readonly DunningMailExtras None = new([], null, null);

    /// <summary>The policy's payment link with the invoice's values filled in.</summary>
    public static string? Link(string? template, LedgerInvoice invoice, string reference) => template?
        .Replace("{number}", Uri.EscapeDataString(invoice.Number ?? ""), StringComparison.Ordinal)
        .Replace("{reference}", Uri.EscapeDataString(reference), StringComparison.Ordinal)
        .Replace("{amount}", invoice.Balance.ToString("0.00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{currency}", invoice.Amounts.Currency, StringComparison.Ordinal);

    /// <summary>The invoices a statement of account lists: issued sales invoices with something still due, oldest due first.</summary>
    public static IReadOnlyList<LedgerInvoice> Open(IEnumerable<LedgerInvoice> invoices) =>
        [.. invoices
            .Where(i => i is { Direction: InvoiceDirection.Sales, Kind: InvoiceKind.Invoice, Number: not null, Balance: > 0m }
                && i.Status is not (InvoiceStatus.Draft or InvoiceStatus.Issuing or InvoiceStatus.Cancelled or InvoiceStatus.Credited or InvoiceStatus.Paid))
            .OrderBy(i => i.DueDate ?? DateOnly.MaxValue).ThenBy(i => i.Number, StringComparer.Ordinal)];
}
