using System.Globalization;
using System.Text.RegularExpressions;

namespace InvoiceFunctions.Core.Payments.Camt;

/// <summary>ISO 20022 value types: amounts with currency, credit/debit indicators, dates and date-times.</summary>
internal static partial class CamtValues
{
    public static (decimal Amount, string Currency) Amount(CamtNode amount)
    {
        var text = amount.Value;
        if (text is null || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new BankStatementFormatException(StatementError.InvalidValue, $"'{text}' is not an amount (digits and a decimal point, no sign).", amount.Path);
        }

        var currency = amount.Attribute("Ccy");
        if (currency is null || !CurrencyPattern().IsMatch(currency))
        {
            throw new BankStatementFormatException(StatementError.InvalidValue, $"Currency '{currency}' is not an ISO 4217 code.", amount.Path + "/@Ccy");
        }

        return (value, currency);
    }

    public static CreditDebit Indicator(CamtNode parent)
    {
        var node = parent.Required("CdtDbtInd");
        return node.Value switch
        {
            "CRDT" => CreditDebit.Credit,
            "DBIT" => CreditDebit.Debit,
            var other => throw new BankStatementFormatException(StatementError.InvalidValue, $"'{other}' is not CRDT or DBIT.", node.Path),
        };
    }

    /// <summary>A <c>DateAndDateTimeChoice</c> (<c>Dt</c> or <c>DtTm</c>): the calendar date as written.</summary>
    public static DateOnly? DateChoice(CamtNode? choice)
    {
        if (choice is not { } c)
        {
            return null;
        }

        var node = c.Child("Dt") ?? c.Child("DtTm")
            ?? throw new BankStatementFormatException(StatementError.MissingElement, "Neither Dt nor DtTm is given.", c.Path);
        return Date(node);
    }

    /// <summary>The calendar date at the start of an ISODate or ISODateTime value (a time zone does not move it).</summary>
    public static DateOnly Date(CamtNode node)
    {
        var text = node.Value;
        if (text is null || text.Length < 10
            || !DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || (text.Length > 10 && !DateTail().IsMatch(text[10..])))
        {
            throw new BankStatementFormatException(StatementError.InvalidValue, $"'{text}' is not an ISO date.", node.Path);
        }

        return date;
    }

    /// <summary>An ISODateTime; fractions beyond 7 digits are cut, no offset means UTC.</summary>
    public static DateTimeOffset? DateTime(CamtNode? node)
    {
        if (node is not { } n)
        {
            return null;
        }

        var match = DateTimePattern().Match(n.Value ?? string.Empty);
        if (!match.Success)
        {
            throw new BankStatementFormatException(StatementError.InvalidValue, $"'{n.Value}' is not an ISO date-time.", n.Path);
        }

        var fraction = match.Groups["f"].Value;
        var zone = match.Groups["z"].Value;
        var text = match.Groups["dt"].Value
            + (fraction.Length > 8 ? fraction[..8] : fraction)
            + (zone.Length == 0 ? "Z" : zone);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new BankStatementFormatException(StatementError.InvalidValue, $"'{n.Value}' is not an ISO date-time.", n.Path);
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex(@"^(Z|[+-]\d{2}:\d{2}|T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)$")]
    private static partial Regex DateTail();

    [GeneratedRegex(@"^(?<dt>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?<f>\.\d+)?(?<z>Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex DateTimePattern();
}
