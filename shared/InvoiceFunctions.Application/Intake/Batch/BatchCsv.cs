using System.Globalization;
using System.Text;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Core.Formats.Csv;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Application.Intake.Batch;

/// <summary>
/// The CSV form of a batch (pure): one row per invoice line, a header naming the columns (any order, `,` or `;`), rows
/// of one <c>number</c> making one invoice whose invoice-level columns come from its first row. Columns: number,
/// issue_date, due_date, currency, customer_id | customer_name, customer_vat_id, customer_legal_id, customer_country,
/// customer_email, customer_line1, customer_city, customer_post_code; product_id | line_name, quantity, unit_code,
/// unit_price, vat_rate, vat_category; purchase_order, payment_terms. Decimals with a dot (or a comma under `;`), dates yyyy-MM-dd.
/// </summary>
public static class BatchCsv
{
    private const int MaxField = 2000;

    /// <summary>True when the first line is a header naming at least the number and the issue date.</summary>
    public static bool Looks(ReadOnlySpan<byte> content)
    {
        var end = content.IndexOf((byte)'\n');
        var header = Encoding.UTF8.GetString(end < 0 ? content[..Math.Min(content.Length, 2000)] : content[..Math.Min(end, 2000)]).TrimStart('\uFEFF').ToLowerInvariant();
        return header.Contains("number", StringComparison.Ordinal) && header.Contains("issue_date", StringComparison.Ordinal);
    }

    /// <exception cref="FormatException">Not CSV, or a value that does not parse (with its line and column).</exception>
    public static BatchFile Read(ReadOnlyMemory<byte> content)
    {
        var text = Encoding.UTF8.GetString(content.Span).TrimStart('\uFEFF');
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n') is var n && n >= 0 ? n : text.Length));
        var delimiter = firstLine.Count(';') > firstLine.Count(',') ? ';' : ',';
        var rows = CsvRows.Read(new StringReader(text), delimiter, MaxField).ToList();
        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var invoices = new List<(string Number, BatchInvoice Invoice, List<DraftLine> Lines)>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            string? Text(string column) => header.IndexOf(column) is var i and >= 0 && i < fields.Count && fields[i].Trim() is { Length: > 0 } value ? value : null;
            decimal? Number(string column) => Text(column) is { } value
                ? decimal.TryParse(delimiter == ';' ? value.Replace(',', '.') : value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : throw Bad(line, column, value)
                : null;
            DateOnly? Date(string column) => Text(column) is { } value
                ? DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw Bad(line, column, value)
                : null;

            var number = Text("number") ?? throw new FormatException($"line {line}: the number is empty.");
            var category = Text("vat_category") is { } code ? Enum.TryParse<VatCategory>(code, true, out var c) ? c : throw Bad(line, "vat_category", code) : (VatCategory?)null;
            var draftLine = new DraftLine(Number("quantity") ?? 1m, Text("product_id"), Text("line_name"), null, Number("unit_price"), Text("unit_code"), Number("vat_rate"), category);
            if (invoices.FindIndex(i => i.Number == number) is var at and >= 0)
            {
                invoices[at].Lines.Add(draftLine);
                continue;
            }

            var address = Text("customer_line1") is null ? null : new PostalAddress { Line1 = Text("customer_line1"), City = Text("customer_city"), PostCode = Text("customer_post_code") };
            var customer = new BatchCustomer(Text("customer_id"), Text("customer_name"), Text("customer_vat_id"), Text("customer_legal_id"), Text("customer_country"), Text("customer_email"), address);
            invoices.Add((number, new BatchInvoice(
                number, Date("issue_date"), customer, null, Text("currency") ?? "EUR", Date("due_date"), Text("payment_terms"), Text("purchase_order")), [draftLine]));
        }

        return new BatchFile(invoices.Select(i => i.Invoice with { Lines = i.Lines }).ToList());
    }

    private static FormatException Bad(int line, string column, string value) => new($"line {line}, {column}: '{value}' does not parse.");
}
