using InvoiceFunctions.Core.Formats.Csv;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InvoiceFunctions.Core.Payments.Csv;

/// <summary>
/// Reads a bank's CSV export into a <see cref="BankStatement"/> with a <see cref="CsvStatementMapping"/>. Every row is a
/// booked entry. Anything unreadable ends in a <see cref="BankStatementFormatException"/> naming the line and column.
/// </summary>
public static class CsvStatementReader
{
    /// <summary>Reads CSV text.</summary>
    /// <param name="csv">The file's text.</param>
    /// <param name="mapping">Where the values are.</param>
    /// <param name="accountId">The company's account the export is for (an IBAN, or another identifier).</param>
    /// <param name="statementId">An identifier for the statement; by default a digest of the text.</param>
    public static BankStatement Read(string csv, CsvStatementMapping mapping, string accountId, string? statementId = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return Read(reader, mapping, accountId, statementId ?? "csv:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv)))[..16]);
    }

    /// <summary>Reads a CSV stream (UTF-8 unless a byte order mark or <paramref name="encoding"/> says otherwise).</summary>
    public static BankStatement Read(Stream csv, CsvStatementMapping mapping, string accountId, string statementId, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StreamReader(csv, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader, mapping, accountId, statementId);
    }

    private static BankStatement Read(TextReader text, CsvStatementMapping mapping, string accountId, string statementId)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        if ((mapping.Amount is null) == (mapping.Debit is null || mapping.Credit is null))
        {
            throw new BankStatementFormatException(StatementError.InvalidMapping, "The mapping needs either an amount column or both a debit and a credit column.");
        }

        if (mapping.Currency is null && mapping.DefaultCurrency is null)
        {
            throw new BankStatementFormatException(StatementError.InvalidMapping, "The mapping needs a currency column or a default currency.");
        }

        var entries = new List<BankEntry>();
        CsvColumns? columns = null;
        foreach (var (line, fields) in Rows(text, mapping))
        {
            if (columns is null)
            {
                columns = new CsvColumns(mapping, mapping.HasHeader ? fields : null);
                if (mapping.HasHeader)
                {
                    continue;
                }
            }

            if (entries.Count >= mapping.MaxRows)
            {
                throw new BankStatementFormatException(StatementError.Malformed, $"More than {mapping.MaxRows} rows.", $"line {line}");
            }

            entries.Add(new CsvRow(mapping, columns, line, fields).ToEntry());
        }

        var account = accountId.Trim();
        return new BankStatement
        {
            Id = statementId,
            AccountId = account,
            AccountIban = Iban.NormalizeOrNull(account),
            Currency = entries.FirstOrDefault()?.Currency ?? mapping.DefaultCurrency,
            FromDate = entries.Count == 0 ? null : entries.Min(e => e.BookingDate),
            ToDate = entries.Count == 0 ? null : entries.Max(e => e.BookingDate),
            Entries = entries,
        };
    }

    private static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Rows(TextReader text, CsvStatementMapping mapping)
    {
        using var rows = CsvRows.Read(text, mapping.Delimiter, mapping.MaxFieldLength).GetEnumerator();
        while (true)
        {
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }
            }
            catch (CsvFormatException e)
            {
                throw new BankStatementFormatException(StatementError.Malformed, e.Message, $"line {e.Line}");
            }

            yield return rows.Current;
        }
    }
}
