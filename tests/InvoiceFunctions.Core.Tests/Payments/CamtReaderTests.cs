using System.Text;
using InvoiceFunctions.Core.Formats.Xml;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Camt;
using static InvoiceFunctions.Core.Tests.Payments.CamtXml;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class CamtReaderTests
{
    [Theory]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:camt.053.001.02", 2)]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:camt.053.001.13", 13)]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:camt.054.001.02", null)]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:camt.053.001.2", null)]
    [InlineData("", null)]
    public void Version_Namespace_VersionNumberOrNull(string ns, int? expected) =>
        Assert.Equal(expected, CamtReader.Version(ns));

    [Theory]
    [InlineData("02")]
    [InlineData("06")]
    [InlineData("10")]
    [InlineData("13")]
    public void Read_AnyVersionFrom02_ReadsByNamespace(string version)
    {
        var document = CamtReader.Read(Statement(Credit(), version));

        Assert.Equal($"camt.053.001.{version}", document.MessageDefinition);
        Assert.Equal(100.00m, document.Statements[0].Entries[0].Amount);
        Assert.Equal(0m, document.Statements[0].BalanceGap());
    }

    [Fact]
    public void Read_Stream_SameAsString()
    {
        var xml = Statement(Credit());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        Assert.Equivalent(CamtReader.Read(xml), CamtReader.Read(stream), strict: true);
    }

    [Theory]
    [InlineData("<Sts>BOOK</Sts>", EntryStatus.Booked)]
    [InlineData("<Sts>PDNG</Sts>", EntryStatus.Pending)]
    [InlineData("<Sts>INFO</Sts>", EntryStatus.Information)]
    [InlineData("<Sts><Cd>BOOK</Cd></Sts>", EntryStatus.Booked)]
    [InlineData("<Sts><Cd>FUTR</Cd></Sts>", EntryStatus.Pending)]
    [InlineData("<Sts><Prtry>HELD</Prtry></Sts>", EntryStatus.Other)]
    public void Read_StatusTextOrChoice_Mapped(string status, EntryStatus expected) =>
        Assert.Equal(expected, CamtReader.Read(Statement(Credit(status: status))).Statements[0].Entries[0].Status);

    [Fact]
    public void Read_FullTransaction_EveryFieldKept()
    {
        const string details = """
            <TxDtls>
              <Refs><AcctSvcrRef>BANK-TX-1</AcctSvcrRef><EndToEndId>E2E-77</EndToEndId></Refs>
              <RltdPties>
                <Dbtr><Pty><Nm>ACME SARL</Nm></Pty></Dbtr>
                <DbtrAcct><Id><IBAN>fr76 3000 6000 0112 3456 7890 189</IBAN></Id></DbtrAcct>
                <UltmtDbtr><Pty><Nm>ACME Holding</Nm></Pty></UltmtDbtr>
              </RltdPties>
              <RmtInf>
                <Ustrd>Facture FA-2026-0001</Ustrd><Ustrd>et FA-2026-0002</Ustrd>
                <Strd><RfrdDocInf><Nb>FA-2026-0001</Nb></RfrdDocInf></Strd>
                <Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>RF26FA20260001</Ref></CdtrRefInf></Strd>
              </RmtInf>
              <AddtlTxInf>VIR SEPA</AddtlTxInf>
            </TxDtls>
            """;

        var entry = CamtReader.Read(Statement(Credit(details: details, refs: "<NtryRef>N-1</NtryRef>"), "08")).Statements[0].Entries[0];
        var tx = Assert.Single(entry.Transactions);

        Assert.Equal(("N-1", "PMNT/RCDT/ESCT"), (entry.EntryReference, entry.BankTransactionCode));
        Assert.Equal(("E2E-77", "BANK-TX-1"), (tx.EndToEndId, tx.AccountServicerReference));
        Assert.Equal("Facture FA-2026-0001 et FA-2026-0002", tx.RemittanceText);
        Assert.Equal(["FA-2026-0001"], tx.ReferredDocumentNumbers);
        Assert.Equal(("RF26FA20260001", "SCOR"), (tx.StructuredReference, tx.StructuredReferenceType));
        Assert.Equal(new EntryParty("ACME SARL", "FR7630006000011234567890189"), tx.Debtor);
        Assert.Equal("ACME Holding", tx.UltimateDebtorName);
        Assert.Equal("VIR SEPA", tx.AdditionalInfo);
    }

    [Fact]
    public void Read_EndToEndNotProvided_Dropped()
    {
        var tx = CamtReader.Read(Statement(Credit(details: "<TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs></TxDtls>"))).Statements[0].Entries[0].Transactions[0];

        Assert.Null(tx.EndToEndId);
    }

    [Fact]
    public void Read_AccountWithOtherIdentification_KeptWithoutIban()
    {
        var statement = CamtReader.Read(Statement(Credit(), account: "<Othr><Id>0001234567</Id></Othr>")).Statements[0];

        Assert.Equal(("0001234567", null), (statement.AccountId, statement.AccountIban));
    }

    [Theory]
    [InlineData("<!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">&x;</Document>", StatementError.Malformed)]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">", StatementError.Malformed)]
    [InlineData("not xml", StatementError.Malformed)]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\"/>", StatementError.UnsupportedDocument)]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.01\"/>", StatementError.UnsupportedDocument)]
    [InlineData("<Invoice xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>", StatementError.UnsupportedDocument)]
    [InlineData("<Document/>", StatementError.UnsupportedDocument)]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>", StatementError.MissingElement)]
    public void Read_HostileOrForeignDocument_Refused(string xml, StatementError expected) =>
        Assert.Equal(expected, Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(xml)).Error);

    [Theory]
    [InlineData("1,00", "Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt")]
    [InlineData("-5.00", "Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt")]
    [InlineData("1e3", "Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt")]
    [InlineData("", "Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt")]
    public void Read_BadAmount_InvalidValueWithPath(string amount, string path)
    {
        var error = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(Statement(Credit(amount))));

        Assert.Equal((StatementError.InvalidValue, path), (error.Error, error.Location));
    }

    [Theory]
    [InlineData("<Dt>2026-02-30</Dt>")]
    [InlineData("<Dt>01/03/2026</Dt>")]
    [InlineData("<DtTm>2026-03-01 10:00</DtTm>")]
    [InlineData("")]
    public void Read_BadBookingDate_Refused(string booking) =>
        Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(Statement(Credit(booking: booking))));

    [Fact]
    public void Read_MissingIndicator_MissingElement()
    {
        var entryWithout = Statement(Credit().Replace("<CdtDbtInd>CRDT</CdtDbtInd>", string.Empty, StringComparison.Ordinal));

        var error = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(entryWithout));

        Assert.Equal((StatementError.MissingElement, "Document/BkToCstmrStmt/Stmt[1]/Ntry[1]"), (error.Error, error.Location));
    }

    [Theory]
    [InlineData("<CreDtTm>2026-03-02T07:00:00+01:00</CreDtTm></GrpHdr>", "</GrpHdr>", "Document/BkToCstmrStmt/GrpHdr")]
    [InlineData("<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>", "", "Document/BkToCstmrStmt/Stmt[1]/Ntry[1]")]
    public void Read_SchemaMandatoryElementMissing_MissingElement(string remove, string replacement, string location)
    {
        var xml = Statement(Credit()).Replace(remove, replacement, StringComparison.Ordinal);

        var error = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(xml));

        Assert.Equal((StatementError.MissingElement, location), (error.Error, error.Location));
    }

    [Fact]
    public void Read_StatementWithoutBalance_MissingElement()
    {
        var xml = System.Text.RegularExpressions.Regex.Replace(Statement(Credit()), "<Bal>.*?</Bal>", string.Empty);

        var error = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(xml));

        Assert.Equal((StatementError.MissingElement, "Document/BkToCstmrStmt/Stmt[1]"), (error.Error, error.Location));
    }

    [Fact]
    public void Read_WrongIndicator_InvalidValue() =>
        Assert.Equal(
            StatementError.InvalidValue,
            Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(Statement(Credit().Replace(">CRDT<", ">CREDIT<", StringComparison.Ordinal)))).Error);

    [Fact]
    public void Read_TooDeep_Malformed()
    {
        var deep = string.Concat(Enumerable.Repeat("<AddtlNtryInf>", 60)) + string.Concat(Enumerable.Repeat("</AddtlNtryInf>", 60));

        var error = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(Statement(Credit(details: deep))));

        Assert.Equal(StatementError.Malformed, error.Error);
    }

    [Fact]
    public void Read_LargerThanLimit_Malformed()
    {
        var options = new CamtReadOptions { Limits = new XmlReadLimits(MaxCharacters: 500) };

        Assert.Equal(StatementError.Malformed, Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(Statement(Credit()), options)).Error);
    }

    [Fact]
    public void Read_SchemaSetWithoutThatVersion_SchemaInvalid()
    {
        var options = new CamtReadOptions { Schemas = CamtCorpus.Schemas };

        var error = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(Statement(Credit(), "13"), options));

        Assert.Equal(StatementError.SchemaInvalid, error.Error);
    }

    [Fact]
    public void Read_HandWrittenStatementWithSchemas_Valid()
    {
        var document = CamtReader.Read(Statement(Credit()), new CamtReadOptions { Schemas = CamtCorpus.Schemas });

        Assert.Single(document.Statements);
    }
}
