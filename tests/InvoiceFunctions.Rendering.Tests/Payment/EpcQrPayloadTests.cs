using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Rendering.Payment;
using InvoiceFunctions.Rendering.Tests.Support;

namespace InvoiceFunctions.Rendering.Tests.Payment;

public sealed class EpcQrPayloadTests
{
    [Fact]
    public void For_EuroTransferWithRfReference_WritesStructuredBcdPayload()
    {
        var payload = EpcQrPayload.For(SampleInvoices.Invoice(10));

        Assert.Equal("BCD\n002\n1\nSCT\nAGRIFRPP\nÉditions Lumière\nFR7630006000011234567890189\nEUR21801.37\n\nRF18539007547034", payload);
    }

    [Fact]
    public void For_AmountDueToAnAccount_TheSamePayloadAsForTheInvoiceAndAPngOfIt()
    {
        var payload = EpcQrPayload.For("Éditions Lumière", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP", 21801.37m, "EUR", "RF18539007547034")!;
        var png = QrCodePng.Render(payload);

        Assert.Equal(EpcQrPayload.For(SampleInvoices.Invoice(10)), payload);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Null(EpcQrPayload.For("X", "not an iban", null, 10m, "EUR", null));
    }

    [Fact]
    public void For_FreeTextReference_WritesUnstructuredRemittance()
    {
        var invoice = SampleInvoices.Invoice(1);
        invoice = invoice with { PaymentInstructions = invoice.PaymentInstructions! with { RemittanceInformation = "Facture F-2026-0042" } };

        var payload = EpcQrPayload.For(invoice)!;

        Assert.EndsWith("\nEUR912.00\n\n\nFacture F-2026-0042", payload, StringComparison.Ordinal);
    }

    [Fact]
    public void For_OtherCurrency_HasNoPayload() =>
        Assert.Null(EpcQrPayload.For(SampleInvoices.Invoice(1) with { CurrencyCode = "USD" }));

    [Fact]
    public void For_InvalidIban_HasNoPayload()
    {
        var invoice = SampleInvoices.Invoice(1);
        invoice = invoice with { PaymentInstructions = invoice.PaymentInstructions! with { CreditTransfers = [new CreditTransfer("FR7630006000011234567890188")] } };

        Assert.Null(EpcQrPayload.For(invoice));
    }

    [Theory]
    [InlineData("FR7630006000011234567890189", true)]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("DE89370400440532013001", false)]
    [InlineData("FR76", false)]
    public void IsValid_Iban_ChecksMod97(string iban, bool valid) => Assert.Equal(valid, Iban.IsValid(iban));

    [Theory]
    [InlineData("RF18539007547034", true)]
    [InlineData("RF18539007547035", false)]
    [InlineData("XX18539007547034", false)]
    public void IsValid_CreditorReference_ChecksIso11649(string reference, bool valid) => Assert.Equal(valid, CreditorReference.IsValid(reference));
}
