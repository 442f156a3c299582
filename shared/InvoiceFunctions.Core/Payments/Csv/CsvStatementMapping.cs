namespace InvoiceFunctions.Core.Payments.Csv;

/// <summary>
/// Where a bank's CSV export keeps each value, and how it writes dates and amounts. Column names are header names
/// (case and surrounding spaces ignored) or, without a header row, 1-based column numbers ("1", "2"...). Amounts come
/// from one signed column (<see cref="Amount"/>, negative = money out), from one column plus a credit/debit indicator
/// column (<see cref="Direction"/>), or from separate <see cref="Debit"/> and <see cref="Credit"/> columns.
/// Optional columns the file does not have are ignored. <see cref="Default"/> is the documented default.
/// </summary>
public sealed record CsvStatementMapping
{
    /// <summary>The default mapping: comma, header row, ISO dates, decimal point, signed amount (see docs/payments.md).</summary>
    public static CsvStatementMapping Default { get; } = new();

    /// <summary>The field separator.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Whether the first non-empty row names the columns.</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>Accepted date formats (.NET custom formats, tried in order).</summary>
    public IReadOnlyList<string> DateFormats { get; init; } = ["yyyy-MM-dd"];

    /// <summary>The decimal separator of amounts ('.' or ',').</summary>
    public char DecimalSeparator { get; init; } = '.';

    /// <summary>A thousands separator to drop from amounts, if the bank writes one (spaces are always dropped).</summary>
    public char? GroupSeparator { get; init; }

    /// <summary>The booking date column (required).</summary>
    public string BookingDate { get; init; } = "booking_date";

    /// <summary>The value date column.</summary>
    public string? ValueDate { get; init; } = "value_date";

    /// <summary>A signed amount column; null when the file has separate debit and credit columns.</summary>
    public string? Amount { get; init; } = "amount";

    /// <summary>A credit/debit indicator column; with it, <see cref="Amount"/> is read without its sign.</summary>
    public string? Direction { get; init; }

    /// <summary>Values of <see cref="Direction"/> meaning money in (case ignored).</summary>
    public IReadOnlyList<string> CreditMarkers { get; init; } = ["C", "CR", "CRDT", "CREDIT"];

    /// <summary>Values of <see cref="Direction"/> meaning money out (case ignored).</summary>
    public IReadOnlyList<string> DebitMarkers { get; init; } = ["D", "DR", "DBIT", "DEBIT"];

    /// <summary>The money-out column, when amounts are split (its sign is ignored).</summary>
    public string? Debit { get; init; }

    /// <summary>The money-in column, when amounts are split.</summary>
    public string? Credit { get; init; }

    /// <summary>The currency column.</summary>
    public string? Currency { get; init; } = "currency";

    /// <summary>The currency when the file has no currency column or leaves it empty.</summary>
    public string? DefaultCurrency { get; init; }

    /// <summary>The other party's name (payer of a credit, payee of a debit).</summary>
    public string? CounterpartyName { get; init; } = "counterparty_name";

    /// <summary>The other party's IBAN.</summary>
    public string? CounterpartyIban { get; init; } = "counterparty_iban";

    /// <summary>Free remittance text.</summary>
    public string? RemittanceText { get; init; } = "remittance_information";

    /// <summary>The structured creditor reference (RF...).</summary>
    public string? StructuredReference { get; init; } = "creditor_reference";

    /// <summary>The end-to-end identification.</summary>
    public string? EndToEndId { get; init; } = "end_to_end_id";

    /// <summary>The bank's unique reference of the entry (makes the idempotency fingerprint exact).</summary>
    public string? EntryReference { get; init; } = "entry_reference";

    /// <summary>Most data rows read before the file is refused.</summary>
    public int MaxRows { get; init; } = 1_000_000;

    /// <summary>Longest field accepted, in characters.</summary>
    public int MaxFieldLength { get; init; } = 4_096;
}
