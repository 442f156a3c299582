using System.Text;
using InvoiceFunctions.Application.Intake;
using InvoiceFunctions.Application.Intake.Batch;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Ledger.Tests.Intake;

public sealed class BatchCsvTests
{
    [Fact]
    public void Sample_RowsOfOneNumberMakeOneInvoice()
    {
        var content = File.ReadAllBytes(Path.Combine(Repository.Root, "docs", "samples", "batch.csv"));

        Assert.Equal(IntakeFormat.CsvBatch, IntakeFormats.Detect(content));
        var batch = BatchCsv.Read(content);

        Assert.Equal(["EXT-2026-0201", "EXT-2026-0202"], batch.Invoices!.Select(i => i.Number));
        var first = batch.Invoices![0];
        Assert.Equal("martin", first.Customer!.Id);
        Assert.Equal(new DateOnly(2026, 4, 4), first.DueDate);
        Assert.Equal("PO-7790", first.PurchaseOrderReference);
        Assert.Equal(["consulting", null], first.Lines!.Select(l => l.ProductId));
        Assert.Equal("Frais de déplacement, Lyon", first.Lines![1].Name);
        Assert.Equal(42.30m, first.Lines[1].UnitPrice);
        var second = batch.Invoices[1];
        Assert.Equal("FR58542065479", second.Customer!.VatId);
        Assert.Equal("Lyon", second.Customer.Address!.City);
        Assert.Null(second.DueDate);
    }

    [Fact]
    public void Semicolons_DecimalComma_AnyColumnOrder()
    {
        var csv = "issue_date;quantity;number;line_name;unit_price;vat_rate;customer_id\n2026-01-31;1,5;A-1;Audit;1200,50;20;c1\n";

        var line = Assert.Single(Assert.Single(BatchCsv.Read(Encoding.UTF8.GetBytes(csv)).Invoices!).Lines!);

        Assert.Equal(1.5m, line.Quantity);
        Assert.Equal(1200.50m, line.UnitPrice);
    }

    [Theory]
    [InlineData("number,issue_date\nA-1,31/01/2026\n", "issue_date")]
    [InlineData("number,issue_date,quantity\nA-1,2026-01-31,two\n", "quantity")]
    [InlineData("number,issue_date,line_name\nA-1,2026-01-31,\"not closed\n", "not closed")]
    public void BadValues_RefusedWithLineAndColumn(string csv, string expected)
    {
        var error = Assert.ThrowsAny<FormatException>(() => BatchCsv.Read(Encoding.UTF8.GetBytes(csv)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
