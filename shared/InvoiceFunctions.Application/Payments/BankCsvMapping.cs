using InvoiceFunctions.Core.Payments.Csv;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// A company's CSV column mapping as the API reads and replaces it (<c>.../settings/bank-csv</c>): separators as
/// one-character strings so that every mistake can be named, columns by header name (or 1-based number without a
/// header); an omitted column is a column the bank's file does not have. <see cref="CsvMappingRules"/> checks it and
/// turns it into the reader's <see cref="CsvStatementMapping"/>.
/// </summary>
public sealed record BankCsvMapping
{
    /// <summary>The field separator: ",", ";", "\t" or "|".</summary>
    public string? Delimiter { get; init; } = ",";

    public bool HasHeader { get; init; } = true;

    /// <summary>.NET custom date formats tried in order (e.g. "dd/MM/yyyy").</summary>
    public IReadOnlyList<string>? DateFormats { get; init; } = ["yyyy-MM-dd"];

    /// <summary>"." or ",".</summary>
    public string? DecimalSeparator { get; init; } = ".";

    /// <summary>A thousands separator to drop: ".", "," or "'" (not the decimal one), or none; spaces are always dropped.</summary>
    public string? GroupSeparator { get; init; }

    public string? BookingDate { get; init; }

    public string? ValueDate { get; init; }

    /// <summary>A signed amount (negative = money out), or unsigned with <see cref="Direction"/>; or null with <see cref="Debit"/> and <see cref="Credit"/>.</summary>
    public string? Amount { get; init; }

    public string? Direction { get; init; }

    /// <summary>Values of <see cref="Direction"/> for money in; null: C, CR, CRDT, CREDIT.</summary>
    public IReadOnlyList<string>? CreditMarkers { get; init; }

    /// <summary>Values of <see cref="Direction"/> for money out; null: D, DR, DBIT, DEBIT.</summary>
    public IReadOnlyList<string>? DebitMarkers { get; init; }

    public string? Debit { get; init; }

    public string? Credit { get; init; }

    public string? Currency { get; init; }

    /// <summary>The currency when the file has no currency column or leaves it empty (ISO 4217).</summary>
    public string? DefaultCurrency { get; init; }

    public string? CounterpartyName { get; init; }

    public string? CounterpartyIban { get; init; }

    public string? RemittanceText { get; init; }

    public string? StructuredReference { get; init; }

    public string? EndToEndId { get; init; }

    /// <summary>The bank's own reference of each entry: makes the idempotency fingerprint exact.</summary>
    public string? EntryReference { get; init; }

    /// <summary>The documented default (<see cref="CsvStatementMapping.Default"/>) in this shape.</summary>
    public static BankCsvMapping Default { get; } = From(CsvStatementMapping.Default);

    /// <summary>A reader mapping in the API's shape.</summary>
    public static BankCsvMapping From(CsvStatementMapping m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new BankCsvMapping
        {
            Delimiter = m.Delimiter.ToString(), HasHeader = m.HasHeader, DateFormats = m.DateFormats, DecimalSeparator = m.DecimalSeparator.ToString(),
            GroupSeparator = m.GroupSeparator?.ToString(), BookingDate = m.BookingDate, ValueDate = m.ValueDate, Amount = m.Amount, Direction = m.Direction,
            CreditMarkers = m.CreditMarkers, DebitMarkers = m.DebitMarkers, Debit = m.Debit, Credit = m.Credit, Currency = m.Currency, DefaultCurrency = m.DefaultCurrency,
            CounterpartyName = m.CounterpartyName, CounterpartyIban = m.CounterpartyIban, RemittanceText = m.RemittanceText, StructuredReference = m.StructuredReference,
            EndToEndId = m.EndToEndId, EntryReference = m.EntryReference,
        };
    }
}
