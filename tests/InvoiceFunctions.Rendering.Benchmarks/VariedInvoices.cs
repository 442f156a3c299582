using System.Globalization;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Totals;
using InvoiceFunctions.Rendering.Tests.Support;

namespace InvoiceFunctions.Rendering.Benchmarks;

/// <summary>
/// Many different invoices of one size (5,000 of 10 lines, 250 of 200) (numbers, quantities and so every amount, the VAT breakdown, totals and QR code
/// differ), more than the shared shaping cache holds, so a row over them pays what a real stream of invoices pays: the
/// amounts shaped afresh, the QR code encoded afresh, the caches cleared and refilled.
/// </summary>
internal static class VariedInvoices
{
    public static Invoice[] Make(int lines, int count) =>
        [.. Enumerable.Range(0, count).Select(k =>
        {
            var invoice = SampleInvoices.Invoice(lines, string.Create(CultureInfo.InvariantCulture, $"F-2026-{10_000 + k}"));
            return InvoiceCalculator.Complete(invoice with
            {
                Lines = [.. invoice.Lines.Select((line, i) => line with { Quantity = 1 + ((k * 31) + (i * 7)) % 97 })],
            });
        })];

    /// <summary>A renderer that takes the next invoice of <paramref name="invoices"/> at each call (the benchmark's own invoice is ignored).</summary>
    public static Func<Invoice, byte[]> Cycling(Invoice[] invoices, Func<Invoice, byte[]> render)
    {
        var next = 0;
        return _ => render(invoices[next++ % invoices.Length]);
    }
}
