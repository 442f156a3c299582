using System.Text;
using InvoiceFunctions.Core.Payments.Camt;
using InvoiceFunctions.Core.Payments.Csv;

namespace InvoiceFunctions.Core.Payments;

/// <summary>Reads a bank statement file whatever its format: camt.053 when it is XML, otherwise CSV with the mapping given.</summary>
public static class BankStatementReader
{
    /// <summary>XML (camt.053) when the first character after a byte order mark and white space is '&lt;', otherwise CSV.</summary>
    public static StatementFormat Detect(ReadOnlySpan<byte> head)
    {
        var rest = head.StartsWith(Encoding.UTF8.Preamble) ? head[Encoding.UTF8.Preamble.Length..] : head;
        if (rest.StartsWith(Encoding.Unicode.Preamble) || rest.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return StatementFormat.Camt053;
        }

        foreach (var b in rest)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b == (byte)'<' ? StatementFormat.Camt053 : StatementFormat.Csv;
        }

        return StatementFormat.Csv;
    }

    /// <summary>
    /// The statements of a file: every <c>Stmt</c> of a camt.053 message, or the one statement of a CSV export
    /// (which needs <paramref name="accountId"/> and <paramref name="mapping"/>, default <see cref="CsvStatementMapping.Default"/>).
    /// </summary>
    /// <param name="content">The file.</param>
    /// <param name="statementId">The id given to a CSV statement (e.g. the blob name).</param>
    /// <param name="accountId">The company's account a CSV export is for.</param>
    /// <param name="mapping">The company's CSV mapping.</param>
    /// <param name="camt">camt read options (limits, schemas).</param>
    public static IReadOnlyList<BankStatement> Read(Stream content, string statementId, string? accountId = null, CsvStatementMapping? mapping = null, CamtReadOptions? camt = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var seekable = content.CanSeek ? content : Buffer(content);
        var head = new byte[64];
        var start = seekable.Position;
        var read = seekable.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        seekable.Position = start;
        if (Detect(head.AsSpan(0, read)) == StatementFormat.Camt053)
        {
            return CamtReader.Read(seekable, camt).Statements;
        }

        if (string.IsNullOrWhiteSpace(accountId))
        {
            throw new BankStatementFormatException(StatementError.InvalidMapping, "A CSV statement needs the account it is for.");
        }

        return [CsvStatementReader.Read(seekable, mapping ?? CsvStatementMapping.Default, accountId, statementId)];
    }

    private static MemoryStream Buffer(Stream content)
    {
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
