using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Camt;
using InvoiceFunctions.Core.Tests.Support;

namespace InvoiceFunctions.Core.Tests.Payments;

/// <summary>The camt.053 samples of the corpus: each example passes its XSD and reads; each invalid one is refused.</summary>
public sealed class CamtConformanceTests
{
    public static TheoryData<string> Examples() => [.. Corpus.Files("camt053/examples")];

    public static TheoryData<string> Invalid() => [.. Corpus.Files("camt053/invalid")];

    public static TheoryData<string, string, bool> ExpectedRows()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (path, definition, valid) in CamtCorpus.Expected())
        {
            data.Add(path, definition, valid);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Xsd_Example_ValidatesAgainstTheSchemaOfItsNamespace(string file)
    {
        var xml = CamtCorpus.Text(file);
        var definition = CamtReader.Read(xml).MessageDefinition;

        Assert.Empty(XsdValidator.Validate(xml, CamtCorpus.Xsd(definition)));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Read_ExampleWithSchemas_ReadsEveryStatementAndEntry(string file)
    {
        var xml = CamtCorpus.Text(file);

        var document = CamtReader.Read(xml, new CamtReadOptions { Schemas = CamtCorpus.Schemas });

        Assert.NotEmpty(document.Statements);
        Assert.Equal(
            System.Text.RegularExpressions.Regex.Count(xml, "<Ntry>"),
            document.Statements.Sum(s => s.Entries.Count));
        Assert.All(document.Statements, s => Assert.NotEmpty(s.Balances));
    }

    [Theory]
    [MemberData(nameof(ExpectedRows))]
    public void Read_ExpectedTsvRow_AgreesWithMeasuredXsdResult(string file, string definition, bool xsdValid)
    {
        var xml = CamtCorpus.Text(file);
        var options = new CamtReadOptions { Schemas = CamtCorpus.Schemas };

        if (xsdValid)
        {
            Assert.Equal(definition, CamtReader.Read(xml, options).MessageDefinition);
        }
        else
        {
            var error = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(xml, options));
            Assert.Equal(StatementError.SchemaInvalid, error.Error);
            Assert.NotEmpty(error.SchemaErrors);
        }
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Read_InvalidSampleWithoutSchemas_RefusedWithReason(string file)
    {
        var error = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(CamtCorpus.Text(file)));

        Assert.NotEqual(StatementError.Malformed, error.Error);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Read_StatementWithoutStmt_SaysStmtIsMissing()
    {
        var error = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(CamtCorpus.Text("camt053/invalid/camt053.v2.wrong.xml")));

        Assert.Equal(StatementError.MissingElement, error.Error);
        Assert.Equal("Document/BkToCstmrStmt", error.Location);
        Assert.Contains("Stmt", error.Message, StringComparison.Ordinal);
    }

    // Expected values read by eye from each file.
    [Theory]
    [InlineData("camt053.v2.all-balance-types.xml", "camt.053.001.02", "CAMT0532015012200001", "CH2801234000123456789", "EUR", "1.01", "4.04", 10)]
    [InlineData("camt053.v2.five.decimals.xml", "camt.053.001.02", "253EURNL26VAYB8060476890", "NL26VAYB8060476890", "EUR", "18.150", "27.050", 2)]
    [InlineData("camt053.v2.minimal.xml", "camt.053.001.02", "253EURNL26VAYB8060476890", "NL26VAYB8060476890", "EUR", "18.15", "-27.00", 4)]
    [InlineData("camt053.v2.with-account-name.xml", "camt.053.001.02", "253EURCH2801234000123456789", "CH2801234000123456789", "EUR", null, null, 1)]
    [InlineData("camt053.v3.xml", "camt.053.001.03", "253EURNL26VAYB8060476890", "NL26VAYB8060476890", "EUR", "18.15", "-27.00", 4)]
    [InlineData("camt053.v4.xml", "camt.053.001.04", "253EURNL26VAYB8060476890", "NL26VAYB8060476890", "EUR", "18.15", "-27.00", 4)]
    [InlineData("camt053.v8.xml", "camt.053.001.08", "253EURNL26VAYB8060476890", "NL26VAYB8060476890", "EUR", "18.15", "-27.00", 4)]
    [InlineData("camt53.only-Dt-with-DtTm.xml", "camt.053.001.02", "I38y0h4YyLnQiOV6P7nEd44r2", "GB33BUKB20201555555555", "RON", "5442.09", null, 1)]
    public void Read_Example_StatementHeaderAndBalances(string file, string definition, string id, string iban, string currency, string? opening, string? closing, int balances)
    {
        var document = CamtReader.Read(CamtCorpus.Text("camt053/examples/" + file));
        var statement = document.Statements[0];

        Assert.Equal(definition, document.MessageDefinition);
        Assert.Equal(id, statement.Id);
        Assert.Equal(iban, statement.AccountIban);
        Assert.Equal(currency, statement.Currency);
        Assert.Equal(opening is null ? null : decimal.Parse(opening, System.Globalization.CultureInfo.InvariantCulture), statement.OpeningBalance?.Amount);
        Assert.Equal(closing is null ? null : decimal.Parse(closing, System.Globalization.CultureInfo.InvariantCulture), statement.ClosingBalance?.Amount);
        Assert.Equal(balances, statement.Balances.Count);
    }

    [Fact]
    public void Read_AllBalanceTypes_EntryWithCreditorAndUnstructuredText()
    {
        var statement = CamtReader.Read(CamtCorpus.Text("camt053/examples/camt053.v2.all-balance-types.xml")).Statements[0];
        var entry = Assert.Single(statement.Entries);
        var tx = Assert.Single(entry.Transactions);

        Assert.Equal(["OPBD", "PRCD", "OPAV", "CLBD", "CLAV", "FWAV", "INFO", "ITAV", "ITBD", "XPCD"], statement.Balances.Select(b => b.TypeCode));
        Assert.Equal("FINPETROL", statement.AccountOwnerName);
        Assert.Equal((8.850m, "EUR", CreditDebit.Credit, EntryStatus.Booked, false), (entry.Amount, entry.Currency, entry.Direction, entry.Status, entry.IsReversal));
        Assert.Equal((new DateOnly(2014, 12, 31), new DateOnly(2015, 1, 2)), (entry.BookingDate!.Value, entry.ValueDate!.Value));
        Assert.Equal("544", entry.BankTransactionCode);
        Assert.Equal("000000001", tx.EndToEndId);
        Assert.Equal("Transaction Description", tx.RemittanceText);
        Assert.Equal(new EntryParty("Company Name", "NL56AGDH9619008421"), tx.Creditor);
        Assert.Null(tx.Debtor);
        Assert.Equal(4.04m - (1.01m + 8.85m), statement.BalanceGap());
    }

    [Fact]
    public void Read_Minimal_DebtorCreditorAndStructuredReference()
    {
        var tx = CamtReader.Read(CamtCorpus.Text("camt053/examples/camt053.v2.minimal.xml")).Statements[0].Entries[0].Transactions[0];

        Assert.Equal(new EntryParty("NAME NAME", "NL56AGDH9619008421"), tx.Debtor);
        Assert.Equal(new EntryParty("Company Name", "NL56AGDH9619008421"), tx.Creditor);
        Assert.Equal(("4654654654654654", "SCOR"), (tx.StructuredReference, tx.StructuredReferenceType));
        Assert.False(CreditorReference.IsValid(tx.StructuredReference));
        Assert.Null(tx.EndToEndId);
    }

    [Fact]
    public void Read_MinimalUltimate_UltimatePartiesAndNoBalanceGapAcrossCurrencies()
    {
        var statement = CamtReader.Read(CamtCorpus.Text("camt053/examples/camt053.v2.minimal.ultimate.xml")).Statements[0];
        var tx = statement.Entries[0].Transactions[0];

        Assert.Equal(("DEBTOR NAME NM", "CREDITOR NAME NM"), (tx.UltimateDebtorName, tx.UltimateCreditorName));
        Assert.Null(statement.BalanceGap());
        Assert.Equal(new DateOnly(2007, 10, 18), statement.FromDate);
    }

    [Fact]
    public void Read_MultiStatement_TwoStatementsSecondWithDebit()
    {
        var document = CamtReader.Read(CamtCorpus.Text("camt053/examples/camt053.v2.multi.statement.xml"));

        Assert.Equal(["253EURNL26VAYB8060476890", "254EURNL26VAYB8060476890"], document.Statements.Select(s => s.Id));
        var debit = Assert.Single(document.Statements[1].Entries);
        Assert.Equal((7.00m, CreditDebit.Debit, -7.00m), (debit.Amount, debit.Direction, debit.SignedAmount));
        Assert.Equal("Company Name 2", debit.Transactions[0].Creditor!.Name);
        Assert.Equal("Transaction Description 2", debit.Transactions[0].RemittanceText);
        Assert.Equal(0m, document.Statements[0].BalanceGap());
        Assert.Equal(0m, document.Statements[1].BalanceGap());
    }

    [Fact]
    public void Read_V3_DomainBankTransactionCodeAndTransactionAmount()
    {
        var entry = CamtReader.Read(CamtCorpus.Text("camt053/examples/camt053.v3.xml")).Statements[0].Entries[0];

        Assert.Equal("PMNT/RCDT/DMCT", entry.BankTransactionCode);
        Assert.Equal("XXXXXXXXXXXXXXXXXXXXXXEUR", entry.AccountServicerReference);
        Assert.Equal((105.750m, "EUR"), (entry.Transactions[0].Amount!.Value, entry.Transactions[0].Currency));
    }

    [Fact]
    public void Read_V8_StatusChoicePartyUnderPtyAndBookingDateTime()
    {
        var entry = CamtReader.Read(CamtCorpus.Text("camt053/examples/camt053.v8.xml")).Statements[0].Entries[0];
        var tx = entry.Transactions[0];

        Assert.Equal((EntryStatus.Booked, "BOOK"), (entry.Status, entry.StatusCode));
        Assert.Equal(new DateOnly(2014, 12, 31), entry.BookingDate);
        Assert.Equal("AAAASESS-FP-CN_98765/01", entry.AccountServicerReference);
        Assert.Equal("MUELL/FINP/RA12345", tx.EndToEndId);
        Assert.Equal(new EntryParty("NAME NAME", "NL56AGDH9619008421"), tx.Debtor);
        Assert.Equal("Company Name", tx.Creditor!.Name);
    }

    [Fact]
    public void Read_OnlyDtWithDtTm_DateTimesWithNineFractionDigits()
    {
        var document = CamtReader.Read(CamtCorpus.Text("camt053/examples/camt53.only-Dt-with-DtTm.xml"));
        var statement = document.Statements[0];

        Assert.Equal(new DateTimeOffset(2025, 7, 24, 6, 10, 29, TimeSpan.Zero), document.CreatedAt);
        Assert.Equal(new StatementBalance("OPBD", 5442.09m, "RON", new DateOnly(2025, 7, 23)), statement.OpeningBalance);
        Assert.Empty(statement.Entries);
    }

    [Fact]
    public void Read_WithAccountName_NoValueDateAndOwnerFromAccountName()
    {
        var statement = CamtReader.Read(CamtCorpus.Text("camt053/examples/camt053.v2.with-account-name.xml")).Statements[0];

        Assert.Equal("Account Owner Name", statement.AccountOwnerName);
        Assert.Null(statement.Entries[0].ValueDate);
        Assert.Equal(new EntryParty("Company Name", "CH2801234000123456789"), statement.Entries[0].Transactions[0].Creditor);
    }
}
