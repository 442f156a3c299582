using System.Globalization;

namespace InvoiceFunctions.Core.Payments.Csv;

/// <summary>The column index of each mapped value, from the header row or from column numbers.</summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool numbered;

    public CsvColumns(CsvStatementMapping mapping, IReadOnlyList<string>? header)
    {
        numbered = header is null;
        for (var i = 0; header is not null && i < header.Count; i++)
        {
            byName.TryAdd(header[i].Trim().TrimStart('\uFEFF').Trim(), i);
        }

        foreach (var required in new[] { mapping.BookingDate, mapping.Amount, mapping.Debit, mapping.Credit, mapping.Direction }.OfType<string>())
        {
            if (IndexOf(required) is null)
            {
                throw new BankStatementFormatException(StatementError.InvalidMapping, $"Column \"{required}\" is not in the file.", "line 1");
            }
        }
    }

    /// <summary>The 0-based index of a column, or null when the file does not have it.</summary>
    public int? IndexOf(string? column)
    {
        if (column is null)
        {
            return null;
        }

        if (numbered)
        {
            return int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n - 1 : null;
        }

        return byName.TryGetValue(column.Trim(), out var i) ? i : null;
    }
}
