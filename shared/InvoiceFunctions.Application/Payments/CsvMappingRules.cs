using System.Globalization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Payments.Csv;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// Checks a company's CSV mapping before it is saved, naming every problem at once (a mapping refused one field at a
/// time makes the admin guess), and turns a valid one into the reader's <see cref="CsvStatementMapping"/>.
/// </summary>
public static class CsvMappingRules
{
    /// <summary>The field separators banks use.</summary>
    public static readonly IReadOnlyList<string> Delimiters = [",", ";", "\t", "|"];

    private const int MaxColumnName = 100;
    private const int MaxDateFormats = 10;

    public static IReadOnlyList<FieldError> Validate(BankCsvMapping m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var errors = new List<FieldError>();
        if (m.Delimiter is not { } delimiter || !Delimiters.Contains(delimiter, StringComparer.Ordinal))
        {
            errors.Add(new("delimiter", "One of \",\", \";\", \"\\t\" (tab) or \"|\"."));
        }

        if (m.DecimalSeparator is not ("." or ","))
        {
            errors.Add(new("decimalSeparator", "\".\" or \",\"."));
        }

        if (Blank(m.GroupSeparator) is { } group && (group is not ("." or "," or "'") || group == m.DecimalSeparator))
        {
            errors.Add(new("groupSeparator", "None, \".\", \",\" or \"'\" (spaces are always dropped), and not the decimal separator."));
        }

        if (m.DateFormats is not { Count: > 0 and <= MaxDateFormats } formats)
        {
            errors.Add(new("dateFormats", $"1 to {MaxDateFormats} date formats."));
        }
        else
        {
            errors.AddRange(formats.Select((f, i) => (f, i)).Where(x => !IsDateFormat(x.f)).Select(x => new FieldError($"dateFormats[{x.i}]", "Not a date format that gives back the date it writes (e.g. dd/MM/yyyy).")));
        }

        if (Blank(m.BookingDate) is null)
        {
            errors.Add(new("bookingDate", "The booking date column is required."));
        }

        AmountColumns(m, errors);
        if (Blank(m.Currency) is null && Blank(m.DefaultCurrency) is null)
        {
            errors.Add(new("currency", "A currency column or a defaultCurrency."));
        }

        if (Blank(m.DefaultCurrency) is { } currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            errors.Add(new("defaultCurrency", "An ISO 4217 code such as EUR."));
        }

        foreach (var (field, column) in Columns(m))
        {
            if (column.Length > MaxColumnName)
            {
                errors.Add(new(field, $"At most {MaxColumnName} characters."));
            }
            else if (!m.HasHeader && !(int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1000))
            {
                errors.Add(new(field, "Without a header row, a column is its number from 1."));
            }
        }

        return errors;
    }

    /// <summary>The reader's mapping of a valid request (call <see cref="Validate"/> first).</summary>
    public static CsvStatementMapping ToMapping(BankCsvMapping m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var defaults = CsvStatementMapping.Default;
        return new CsvStatementMapping
        {
            Delimiter = m.Delimiter![0], HasHeader = m.HasHeader, DateFormats = [.. m.DateFormats!], DecimalSeparator = m.DecimalSeparator![0],
            GroupSeparator = Blank(m.GroupSeparator)?[0], BookingDate = m.BookingDate!.Trim(), ValueDate = Blank(m.ValueDate), Amount = Blank(m.Amount),
            Direction = Blank(m.Direction), CreditMarkers = m.CreditMarkers ?? defaults.CreditMarkers, DebitMarkers = m.DebitMarkers ?? defaults.DebitMarkers,
            Debit = Blank(m.Debit), Credit = Blank(m.Credit), Currency = Blank(m.Currency), DefaultCurrency = Blank(m.DefaultCurrency),
            CounterpartyName = Blank(m.CounterpartyName), CounterpartyIban = Blank(m.CounterpartyIban), RemittanceText = Blank(m.RemittanceText),
            StructuredReference = Blank(m.StructuredReference), EndToEndId = Blank(m.EndToEndId), EntryReference = Blank(m.EntryReference),
        };
    }

    private static void AmountColumns(BankCsvMapping m, List<FieldError> errors)
    {
        var (amount, debit, credit, direction) = (Blank(m.Amount), Blank(m.Debit), Blank(m.Credit), Blank(m.Direction));
        if (amount is not null && (debit ?? credit) is not null)
        {
            errors.Add(new("amount", "Either a signed amount column or split debit and credit columns, not both."));
        }
        else if (amount is null && (debit is null || credit is null))
        {
            errors.Add(new(debit is null && credit is null ? "amount" : debit is null ? "debit" : "credit", "An amount column, or both a debit and a credit column."));
        }

        if (direction is not null && amount is null)
        {
            errors.Add(new("direction", "A direction column goes with an amount column."));
        }

        var defaults = CsvStatementMapping.Default;
        var (creditMarkers, debitMarkers) = (m.CreditMarkers ?? defaults.CreditMarkers, m.DebitMarkers ?? defaults.DebitMarkers);
        foreach (var (field, markers) in new[] { ("creditMarkers", creditMarkers), ("debitMarkers", debitMarkers) })
        {
            if (markers.Count is 0 or > 20 || markers.Any(v => string.IsNullOrWhiteSpace(v) || v.Length > 20))
            {
                errors.Add(new(field, "1 to 20 values of 1 to 20 characters."));
            }
        }

        if (creditMarkers.Intersect(debitMarkers, StringComparer.OrdinalIgnoreCase).Any())
        {
            errors.Add(new("debitMarkers", "A value cannot mean both credit and debit."));
        }
    }

    private static IEnumerable<(string Field, string Column)> Columns(BankCsvMapping m) =>
        new (string Field, string? Column)[]
        {
            ("bookingDate", m.BookingDate), ("valueDate", m.ValueDate), ("amount", m.Amount), ("direction", m.Direction), ("debit", m.Debit), ("credit", m.Credit),
            ("currency", m.Currency), ("counterpartyName", m.CounterpartyName), ("counterpartyIban", m.CounterpartyIban), ("remittanceText", m.RemittanceText),
            ("structuredReference", m.StructuredReference), ("endToEndId", m.EndToEndId), ("entryReference", m.EntryReference),
        }.Where(c => Blank(c.Column) is not null).Select(c => (c.Field, c.Column!.Trim()));

    /// <summary>A format that writes a date it reads back the same (no time parts, no missing day, month or year).</summary>
    private static bool IsDateFormat(string? format)
    {
        if (string.IsNullOrWhiteSpace(format) || format.Length > 40)
        {
            return false;
        }

        try
        {
            return new[] { new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 2) }.All(day =>
                DateOnly.TryParseExact(day.ToString(format, CultureInfo.InvariantCulture), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back) && back == day);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
