using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Xml.Schema;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Xml;

namespace InvoiceFunctions.Core.Payments.Camt;

/// <summary>
/// Reads ISO 20022 camt.053 statements, any version from camt.053.001.02 on (the version comes from the namespace),
/// through <see cref="SafeXml"/>: no DTD, no resolver, size and depth limits. Everything wrong ends in a
/// <see cref="BankStatementFormatException"/> that says what and where.
/// </summary>
public static partial class CamtReader
{
    /// <summary>The namespace of camt.053 messages without the version digits.</summary>
    public const string NamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

    /// <summary>Most schema errors kept in <see cref="BankStatementFormatException.SchemaErrors"/>.</summary>
    public const int MaxSchemaErrors = 100;

    /// <summary>Reads a document from a string.</summary>
    public static CamtDocument Read(string xml, CamtReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var o = options ?? CamtReadOptions.Default;
        return Read(Load(() => SafeXml.Load(xml, o.Limits)), o);
    }

    /// <summary>Reads a document from a stream (encoding from the XML declaration).</summary>
    public static CamtDocument Read(Stream xml, CamtReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var o = options ?? CamtReadOptions.Default;
        return Read(Load(() => SafeXml.Load(xml, o.Limits)), o);
    }

    /// <summary>The camt.053 version of a namespace (<c>...camt.053.001.08</c> gives 8), or null when it is not one.</summary>
    public static int? Version(string? namespaceUri)
    {
        var match = NamespacePattern().Match(namespaceUri ?? string.Empty);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static XDocument Load(Func<XDocument> load)
    {
        try
        {
            return load();
        }
        catch (InvoiceFormatException e)
        {
            throw new BankStatementFormatException(StatementError.Malformed, e.Message, null, e);
        }
    }

    private static CamtDocument Read(XDocument document, CamtReadOptions options)
    {
        var root = document.Root!;
        var ns = root.Name.NamespaceName;
        if (root.Name.LocalName != "Document" || Version(ns) is not { } version || version < 2)
        {
            throw new BankStatementFormatException(
                StatementError.UnsupportedDocument,
                $"Not a camt.053 statement (version 02 or later): root element {{{ns}}}{root.Name.LocalName}.");
        }

        if (options.Schemas is { } schemas && (schemas.Contains(ns) || !options.AllowVersionsWithoutSchema))
        {
            Validate(document, ns, schemas);
        }

        var message = new CamtNode(root, "Document").Required("BkToCstmrStmt");
        var statements = message.Children("Stmt").Select(s => ReadStatement(s)).ToList();
        if (statements.Count == 0)
        {
            throw new BankStatementFormatException(StatementError.MissingElement, "The message holds no statement (Stmt).", message.Path);
        }

        var header = message.Required("GrpHdr");
        return new CamtDocument(Definition(ns), version, header.RequiredText("MsgId"), CamtValues.DateTime(header.Required("CreDtTm")), statements);
    }

    private static void Validate(XDocument document, string ns, XmlSchemaSet schemas)
    {
        if (!schemas.Contains(ns))
        {
            throw new BankStatementFormatException(StatementError.SchemaInvalid, $"No schema for {ns} in the schema set.");
        }

        var errors = new List<string>();
        document.Validate(schemas, (_, e) =>
        {
            if (errors.Count < MaxSchemaErrors)
            {
                errors.Add($"{e.Severity}: {e.Message}"); // a broken file can fail on every element: the first ones say enough
            }
        });
        if (errors.Count > 0)
        {
            throw new BankStatementFormatException(StatementError.SchemaInvalid, $"The document does not match the {Definition(ns)} schema: {errors[0]}")
            {
                SchemaErrors = errors,
            };
        }
    }

    private static string Definition(string ns) => ns[(ns.LastIndexOf(':') + 1)..];

    private static BankStatement ReadStatement(CamtNode statement)
    {
        var account = statement.Required("Acct");
        var accountId = account.Text("Id/IBAN") ?? account.Text("Id/Othr/Id")
            ?? throw new BankStatementFormatException(StatementError.MissingElement, "The account has neither an IBAN nor another identification.", account.Path);
        var balances = statement.Children("Bal").Select(ReadBalance).ToList();
        if (balances.Count == 0)
        {
            throw new BankStatementFormatException(StatementError.MissingElement, "The statement has no balance (Bal).", statement.Path);
        }

        var entries = statement.Children("Ntry").Select(CamtEntryReader.Read).ToList();
        var opening = balances.FirstOrDefault(b => b.TypeCode == "OPBD") ?? balances.FirstOrDefault(b => b.TypeCode == "PRCD");
        var period = statement.Child("FrToDt");
        return new BankStatement
        {
            Id = statement.RequiredText("Id"),
            AccountId = accountId,
            AccountIban = Iban.NormalizeOrNull(accountId),
            Currency = account.Text("Ccy") ?? opening?.Currency ?? entries.FirstOrDefault()?.Currency,
            AccountOwnerName = account.Text("Ownr/Nm") ?? account.Text("Ownr/Pty/Nm") ?? account.Text("Nm"),
            CreatedAt = CamtValues.DateTime(statement.Child("CreDtTm")),
            FromDate = period?.Child("FrDtTm") is { } from ? CamtValues.Date(from) : null,
            ToDate = period?.Child("ToDtTm") is { } to ? CamtValues.Date(to) : null,
            OpeningBalance = opening,
            ClosingBalance = balances.FirstOrDefault(b => b.TypeCode == "CLBD"),
            Balances = balances,
            Entries = entries,
        };
    }

    private static StatementBalance ReadBalance(CamtNode balance)
    {
        var type = balance.Required("Tp");
        var code = type.Text("CdOrPrtry/Cd") ?? type.Text("CdOrPrtry/Prtry")
            ?? throw new BankStatementFormatException(StatementError.MissingElement, "The balance type has no code.", type.Path);
        var (amount, currency) = CamtValues.Amount(balance.Required("Amt"));
        var sign = CamtValues.Indicator(balance) == CreditDebit.Debit ? -1m : 1m;
        var date = CamtValues.DateChoice(balance.Required("Dt"))!.Value;
        return new StatementBalance(code, sign * amount, currency, date);
    }

    [GeneratedRegex(@"^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d{2})$")]
    private static partial Regex NamespacePattern();
}
