using System.Text;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Csv;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class CsvStatementReaderTests
{
    private const string Account = "FR76 3000 4000 0312 3456 7890 143";

    private static readonly CsvStatementMapping FrenchBank = new()
    {
        Delimiter = ';',
        DateFormats = ["dd/MM/yyyy"],
        DecimalSeparator = ',',
        BookingDate = "Date",
        ValueDate = "Date de valeur",
        Amount = null,
        Debit = "Débit",
        Credit = "Crédit",
        Currency = null,
        DefaultCurrency = "EUR",
        RemittanceText = "Libellé",
        CounterpartyName = null,
        CounterpartyIban = null,
        StructuredReference = null,
        EndToEndId = null,
        EntryReference = null,
    };

    [Fact]
    public void Read_DefaultSample_ThreeBookedEntries()
    {
        var statement = CsvStatementReader.Read(File.ReadAllText(PaymentsFiles.Sample("statement-default.csv")), CsvStatementMapping.Default, Account, "sample");

        Assert.Equal(("sample", "FR7630004000031234567890143", "EUR"), (statement.Id, statement.AccountIban, statement.Currency));
        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3)), (statement.FromDate!.Value, statement.ToDate!.Value));
        Assert.Equal([1200.00m, -350.40m, 84.90m], statement.Entries.Select(e => e.SignedAmount));
        Assert.All(statement.Entries, e => Assert.Equal(EntryStatus.Booked, e.Status));

        var first = statement.Entries[0];
        var tx = first.Transactions[0];
        Assert.Equal(("BNK-000101", new DateOnly(2026, 3, 2)), (first.EntryReference, first.BookingDate!.Value));
        Assert.Equal(new EntryParty("ACME SARL", "FR7630006000011234567890189"), tx.Debtor);
        Assert.Equal(("Facture FA-2026-0001, merci", "RF26FA20260001", "SCOR", "E2E-0001"), (tx.RemittanceText, tx.StructuredReference, tx.StructuredReferenceType, tx.EndToEndId));

        var debit = statement.Entries[1];
        Assert.Equal((CreditDebit.Debit, new DateOnly(2026, 3, 3)), (debit.Direction, debit.ValueDate!.Value));
        Assert.Equal(new EntryParty("Fournitures Lemaire", "DE89370400440532013000"), debit.Transactions[0].Creditor);
        Assert.Null(debit.Transactions[0].Debtor);

        Assert.Equal(("Dupont, Jean", "Paiement \"acompte\" FA 2026 0003"), (statement.Entries[2].Transactions[0].Debtor!.Name, statement.Entries[2].Transactions[0].RemittanceText));
    }

    [Fact]
    public void Read_DocsSample_IsTheTestedSample()
    {
        var docs = File.ReadAllText(PaymentsFiles.Repository("docs/payments.md")).ReplaceLineEndings("\n");
        var sample = File.ReadAllText(PaymentsFiles.Sample("statement-default.csv")).ReplaceLineEndings("\n");

        Assert.Contains("```csv\n" + sample + "```", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FrenchBankExport_DebitCreditColumnsCommaDecimalsDayFirstDates()
    {
        const string csv = """
            Date;Date de valeur;Libellé;Débit;Crédit
            02/03/2026;02/03/2026;VIR SEPA ACME SARL FA-2026-0001;;1 200,00
            03/03/2026;04/03/2026;PRLV EDF;45,10;

            """;

        var statement = CsvStatementReader.Read(csv, FrenchBank, Account);

        Assert.Equal([1200.00m, -45.10m], statement.Entries.Select(e => e.SignedAmount));
        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3)], statement.Entries.Select(e => e.BookingDate!.Value));
        Assert.Equal(new DateOnly(2026, 3, 4), statement.Entries[1].ValueDate);
        Assert.Equal("VIR SEPA ACME SARL FA-2026-0001", statement.Entries[0].Transactions[0].RemittanceText);
        Assert.StartsWith("csv:", statement.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C", "12.50", 12.50)]
    [InlineData("credit", "12.50", 12.50)]
    [InlineData("D", "12.50", -12.50)]
    [InlineData("DBIT", "-12.50", -12.50)]
    public void Read_IndicatorColumn_SignFromIndicator(string indicator, string amount, decimal expected)
    {
        var mapping = CsvStatementMapping.Default with { Direction = "sign" };

        var statement = CsvStatementReader.Read($"booking_date,amount,sign,currency\n2026-03-02,{amount},{indicator},EUR\n", mapping, Account);

        Assert.Equal(expected, statement.Entries[0].SignedAmount);
    }

    [Fact]
    public void Read_NoHeaderNumberedColumns_Read()
    {
        var mapping = new CsvStatementMapping
        {
            HasHeader = false,
            Delimiter = '\t',
            BookingDate = "1",
            Amount = "3",
            RemittanceText = "2",
            Currency = null,
            DefaultCurrency = "CHF",
            ValueDate = null,
        };

        var statement = CsvStatementReader.Read("2026-03-02\tRechnung 17\t-99.95\r\n2026-03-05\tGutschrift\t10\r\n", mapping, "CH9300762011623852957");

        Assert.Equal([-99.95m, 10m], statement.Entries.Select(e => e.SignedAmount));
        Assert.Equal(["CHF", "CHF"], statement.Entries.Select(e => e.Currency));
        Assert.Equal("Rechnung 17", statement.Entries[0].Transactions[0].RemittanceText);
    }

    [Fact]
    public void Read_StreamWithBomAndLatin1_Decoded()
    {
        var csv = "booking_date,amount,currency,counterparty_name\n2026-03-02,5.00,EUR,Société Générale\n";
        using var utf8 = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);
        using var latin1 = new MemoryStream(Encoding.Latin1.GetBytes(csv));

        Assert.Equal("Société Générale", CsvStatementReader.Read(utf8, CsvStatementMapping.Default, Account, "s").Entries[0].Transactions[0].Debtor!.Name);
        Assert.Equal("Société Générale", CsvStatementReader.Read(latin1, CsvStatementMapping.Default, Account, "s", Encoding.Latin1).Entries[0].Transactions[0].Debtor!.Name);
    }

    [Theory]
    [InlineData("booking_date,amount,currency\n2026-03-02,1.00,EUR\n02/03/2026,1.00,EUR\n", StatementError.InvalidValue, "line 3, column \"booking_date\"")]
    [InlineData("booking_date,amount,currency\n2026-03-02,1;00,EUR\n", StatementError.InvalidValue, "line 2, column \"amount\"")]
    [InlineData("booking_date,amount,currency\n2026-03-02,,EUR\n", StatementError.InvalidValue, "line 2, column \"amount\"")]
    [InlineData("booking_date,amount,currency\n2026-03-02,1.00,EURO\n", StatementError.InvalidValue, "line 2, column \"currency\"")]
    [InlineData("booking_date,amount,currency\n,1.00,EUR\n", StatementError.InvalidValue, "line 2, column \"booking_date\"")]
    [InlineData("date,amount,currency\n2026-03-02,1.00,EUR\n", StatementError.InvalidMapping, "line 1")]
    [InlineData("booking_date,amount,currency\n2026-03-02,\"1.00,EUR\n", StatementError.Malformed, "line 2")]
    public void Read_BadRow_RefusedWithLineAndColumn(string csv, StatementError error, string location)
    {
        var e = Assert.Throws<BankStatementFormatException>(() => CsvStatementReader.Read(csv, CsvStatementMapping.Default, Account));

        Assert.Equal((error, location), (e.Error, e.Location));
    }

    [Theory]
    [InlineData("02/03/2026;;x;1,00;2,00\n", "both a debit and a credit")]
    [InlineData("02/03/2026;;x;;\n", "neither a debit nor a credit")]
    [InlineData("02/03/2026;;x;1.000,00;\n", "uses '.'")]
    public void Read_FrenchBankBadAmounts_Refused(string row, string message)
    {
        var e = Assert.Throws<BankStatementFormatException>(() => CsvStatementReader.Read("Date;Date de valeur;Libellé;Débit;Crédit\n" + row, FrenchBank, Account));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GroupSeparatorDeclared_Accepted()
    {
        var statement = CsvStatementReader.Read("Date;Date de valeur;Libellé;Débit;Crédit\n02/03/2026;;x;1.000,00;\n", FrenchBank with { GroupSeparator = '.' }, Account);

        Assert.Equal(-1000.00m, statement.Entries[0].SignedAmount);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("amount", "debit", "credit")]
    public void Read_MappingWithoutOneAmountSource_InvalidMapping(string? amount, string? debit, string? credit)
    {
        var mapping = CsvStatementMapping.Default with { Amount = amount, Debit = debit, Credit = credit };

        Assert.Equal(StatementError.InvalidMapping, Assert.Throws<BankStatementFormatException>(() => CsvStatementReader.Read("x\n", mapping, Account)).Error);
    }

    [Fact]
    public void Read_MoreRowsThanLimit_Malformed()
    {
        var csv = "booking_date,amount,currency\n" + string.Concat(Enumerable.Repeat("2026-03-02,1.00,EUR\n", 4));

        var e = Assert.Throws<BankStatementFormatException>(() => CsvStatementReader.Read(csv, CsvStatementMapping.Default with { MaxRows = 3 }, Account));

        Assert.Equal((StatementError.Malformed, "line 5"), (e.Error, e.Location));
    }
}
