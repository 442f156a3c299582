using System.Text;
using InvoiceFunctions.Core.Payments;
using static InvoiceFunctions.Core.Tests.Payments.CamtXml;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class BankStatementReaderTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?><Document/>", StatementFormat.Camt053)]
    [InlineData("\r\n  <Document/>", StatementFormat.Camt053)]
    [InlineData("\uFEFF<Document/>", StatementFormat.Camt053)]
    [InlineData("booking_date,amount", StatementFormat.Csv)]
    [InlineData("\uFEFFDate;Libellé", StatementFormat.Csv)]
    [InlineData("", StatementFormat.Csv)]
    public void Detect_FileStart_Format(string start, StatementFormat expected) =>
        Assert.Equal(expected, BankStatementReader.Detect(Encoding.UTF8.GetBytes(start)));

    [Fact]
    public void Detect_Utf16Xml_Camt() =>
        Assert.Equal(StatementFormat.Camt053, BankStatementReader.Detect([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<Document/>")]));

    [Fact]
    public void Read_CamtStream_AllStatements()
    {
        using var xml = new NonSeekable(Encoding.UTF8.GetBytes(Statement(Credit())));

        var statements = BankStatementReader.Read(xml, "blob-1");

        Assert.Equal(("STMT-1", 100.00m), (statements[0].Id, statements[0].Entries[0].Amount));
    }

    [Fact]
    public void Read_CsvStream_OneStatementNamedAfterTheFile()
    {
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes("booking_date,amount,currency\n2026-03-02,-12.00,EUR\n"));

        var statement = Assert.Single(BankStatementReader.Read(csv, "blob-2", "FR7630006000011234567890189"));

        Assert.Equal(("blob-2", -12.00m), (statement.Id, statement.Entries[0].SignedAmount));
    }

    [Fact]
    public void Read_CsvWithoutAccount_InvalidMapping()
    {
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes("booking_date,amount,currency\n"));

        Assert.Equal(StatementError.InvalidMapping, Assert.Throws<BankStatementFormatException>(() => BankStatementReader.Read(csv, "blob-3")).Error);
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
