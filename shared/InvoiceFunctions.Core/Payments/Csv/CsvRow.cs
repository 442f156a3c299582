using System.Globalization;

namespace InvoiceFunctions.Core.Payments.Csv;

/// <summary>One data row read through the mapping.</summary>
internal sealed class CsvRow(CsvStatementMapping mapping, CsvColumns columns, int line, IReadOnlyList<string> fields)
{
    public BankEntry ToEntry()
    {
        var (amount, direction) = AmountAndDirection();
        var currency = (Text(mapping.Currency) ?? mapping.DefaultCurrency)?.ToUpperInvariant();
        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw Invalid(mapping.Currency ?? "currency", $"'{currency}' is not an ISO 4217 currency code");
        }

        var counterparty = Text(mapping.CounterpartyName) is var name && Text(mapping.CounterpartyIban) is var iban && (name ?? iban) is not null
            ? new EntryParty(name, Iban.NormalizeOrNull(iban), Iban.IsValid(iban) ? null : iban)
            : null;
        var reference = Text(mapping.StructuredReference);
        return new BankEntry
        {
            Amount = amount,
            Currency = currency,
            Direction = direction,
            Status = EntryStatus.Booked,
            StatusCode = "BOOK",
            BookingDate = Date(mapping.BookingDate) ?? throw Invalid(mapping.BookingDate, "the booking date is empty"),
            ValueDate = Date(mapping.ValueDate),
            EntryReference = Text(mapping.EntryReference),
            Transactions =
            [
                new BankTransaction
                {
                    EndToEndId = Text(mapping.EndToEndId),
                    RemittanceText = Text(mapping.RemittanceText),
                    StructuredReference = reference,
                    StructuredReferenceType = CreditorReference.IsValid(reference) ? "SCOR" : null,
                    Debtor = direction == CreditDebit.Credit ? counterparty : null,
                    Creditor = direction == CreditDebit.Debit ? counterparty : null,
                },
            ],
        };
    }

    private (decimal Amount, CreditDebit Direction) AmountAndDirection()
    {
        if (mapping.Amount is { } column)
        {
            var signed = Number(column) ?? throw Invalid(column, "the amount is empty");
            if (mapping.Direction is not { } indicatorColumn)
            {
                return (Math.Abs(signed), signed < 0m ? CreditDebit.Debit : CreditDebit.Credit);
            }

            var indicator = Text(indicatorColumn);
            return mapping.CreditMarkers.Contains(indicator, StringComparer.OrdinalIgnoreCase) ? (Math.Abs(signed), CreditDebit.Credit)
                : mapping.DebitMarkers.Contains(indicator, StringComparer.OrdinalIgnoreCase) ? (Math.Abs(signed), CreditDebit.Debit)
                : throw Invalid(indicatorColumn, $"'{indicator}' is neither a credit nor a debit marker");
        }

        var debit = Math.Abs(Number(mapping.Debit!) ?? 0m);
        var credit = Math.Abs(Number(mapping.Credit!) ?? 0m);
        return (debit, credit) switch
        {
            ( > 0m, 0m) => (debit, CreditDebit.Debit),
            (0m, > 0m) => (credit, CreditDebit.Credit),
            (0m, 0m) => throw Invalid(mapping.Credit!, "the row has neither a debit nor a credit amount"),
            _ => throw Invalid(mapping.Credit!, "the row has both a debit and a credit amount"),
        };
    }

    private string? Text(string? column)
    {
        var index = columns.IndexOf(column);
        if (index is not { } i || i >= fields.Count)
        {
            return null;
        }

        var value = fields[i].Trim();
        return value.Length == 0 ? null : value;
    }

    private decimal? Number(string column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        var chars = text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != mapping.GroupSeparator)
            .Select(c => c == mapping.DecimalSeparator ? '.' : c)
            .ToArray();
        var normal = new string(chars);
        return mapping.DecimalSeparator != '.' && text.Contains('.', StringComparison.Ordinal) && mapping.GroupSeparator != '.'
            ? throw Invalid(column, $"'{text}' uses '.' but the decimal separator is '{mapping.DecimalSeparator}'")
            : decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Invalid(column, $"'{text}' is not an amount");
    }

    private DateOnly? Date(string? column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, [.. mapping.DateFormats], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(column!, $"'{text}' does not match the date format {string.Join(" or ", mapping.DateFormats)}");
    }

    private BankStatementFormatException Invalid(string column, string message) =>
        new(StatementError.InvalidValue, char.ToUpperInvariant(message[0]) + message[1..] + ".", $"line {line}, column \"{column}\"");
}
