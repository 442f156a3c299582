using System.Globalization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Application.Orders;

/// <summary>
/// What the next invoice of an order contains (pure): a deposit is one line per VAT rate worth the percentage of what
/// remains (type 386, nothing consumed); otherwise the chosen lines and quantities (all that remains by default),
/// and the invoice that takes the last of them deducts the deposits as prepaid (BT-113).
/// </summary>
public static class OrderInvoicing
{
    public static (InvoiceDraft Draft, OrderInvoiceKind Kind, IReadOnlyList<decimal> Remaining) Plan(SalesOrder order, OrderInvoiceRequest request)
    {
        var errors = new List<FieldError>();
        var lines = order.Content.Lines ?? [];
        var open = Enumerable.Range(0, lines.Count).Where(i => order.Remaining[i] > 0).ToList();
        if (open.Count == 0)
        {
            throw new ResourceStateException($"Order '{order.Id}' is invoiced in full.");
        }

        var reference = order.QuoteNumber is { } quote ? $"{order.Id} ({quote})" : order.Id;
        var content = order.Content with { SalesOrderReference = order.Id, DueDate = null, Prepayment = false, PrepaidAmount = null };
        if (request.DepositPercent is { } percent)
        {
            if (percent <= 0 || percent >= 100 || decimal.Round(percent, 2) != percent || request.Lines is { Count: > 0 })
            {
                throw new LedgerValidationException([new FieldError("depositPercent", "More than 0 and less than 100, at most 2 decimals, without lines.")]);
            }

            var deposit = open
                .GroupBy(i => (lines[i].VatCategory, lines[i].VatRate))
                .Select(g => new DraftLine(
                    1m,
                    Name: string.Create(CultureInfo.InvariantCulture, $"Acompte {percent} % / deposit - {reference}"),
                    UnitPrice: Money.Round2(g.Sum(i => Money.Round2(order.Remaining[i] * (lines[i].UnitPrice ?? 0m))) * percent / 100m),
                    VatRate: g.Key.VatRate,
                    VatCategory: g.Key.VatCategory))
                .ToList();
            return (content with { Lines = deposit, Prepayment = true }, OrderInvoiceKind.Deposit, order.Remaining);
        }

        var wanted = request.Lines is { Count: > 0 } chosen ? chosen : open.Select(i => new LineQuantity(i + 1, order.Remaining[i])).ToList();
        var selected = LineSelection.Select(lines, order.Remaining, wanted, errors);
        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        var remaining = order.Remaining.ToArray();
        foreach (var (line, quantity) in wanted)
        {
            remaining[line - 1] -= quantity;
        }

        var final = remaining.All(r => r == 0);
        var deposits = order.Invoices.Where(i => i.Kind == OrderInvoiceKind.Deposit).Sum(i => i.TaxInclusive);
        return (content with { Lines = selected, PrepaidAmount = final && deposits > 0 ? deposits : null }, final ? OrderInvoiceKind.Final : OrderInvoiceKind.Partial, remaining);
    }
}
