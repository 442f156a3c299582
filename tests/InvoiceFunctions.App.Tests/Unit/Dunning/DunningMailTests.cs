using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Dunning;
using InvoiceFunctions.Core.Payments;

namespace InvoiceFunctions.App.Tests.Unit.Dunning;

public sealed class DunningMailTests
{
    private static readonly CompanyId Acme = CompanyId.Parse("acme");

    private static readonly LedgerInvoice Invoice = new(
        Acme, "inv-1", InvoiceDirection.Sales, "F-2026-000042", "F", InvoiceStatus.PartiallyPaid, null, "c1", "acme", new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 1),
        new InvoiceAmounts("EUR", 1234.5m, 246.9m, 1481.4m, 1481.4m), 481.4m, SourceChannel.Api, [], null, 2, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private static readonly Party Customer = new(Acme, "c1", PartyRole.Customer, "Brasserie", null, null, "a@b.example", "FR", DateTimeOffset.UnixEpoch);

    private static readonly Company Company = new(Acme, "ACME SAS", "552120222", "FR40552120222", "FR", DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("fr", DunningStepKind.PreDueNotice, -5, "Échéance prochaine de la facture F-2026-000042", "arrive à échéance le 01/04/2026, dans 5 jour(s)")]
    [InlineData("fr", DunningStepKind.Reminder, 8, "Rappel : facture F-2026-000042 impayée", "reste impayée depuis 8 jour(s)")]
    [InlineData("fr", DunningStepKind.FormalNotice, 45, "Mise en demeure de payer la facture F-2026-000042", "Nous vous mettons en demeure")]
    [InlineData("en", DunningStepKind.FirmReminder, 30, "Final reminder: invoice F-2026-000042 is unpaid", "has been unpaid for 30 day(s)")]
    [InlineData("en", DunningStepKind.Collection, 60, "Invoice F-2026-000042 handed over to collection", "Amount due: 1,000.00 EUR.")]
    public void Render_StepOfAKind_SubjectAndBodyInTheLanguage(string language, DunningStepKind kind, int daysFromDue, string subject, string bodyPart)
    {
        var date = Invoice.DueDate!.Value.AddDays(daysFromDue);
        var step = new PlannedStep(1, kind.ToString().ToLowerInvariant(), kind, date, DunningChannel.Email, Math.Max(0, daysFromDue), 0m, 0m);

        var (renderedSubject, body) = EmailTemplateRenderer.Render(DunningEmailTemplates.For(language), DunningMailer.Model(Invoice, Customer, Company, language, step));
        var withFees = EmailTemplateRenderer.Render(DunningEmailTemplates.For(language), DunningMailer.Model(Invoice, Customer, Company, language, step with { Interest = 2.5m }, "FRAIS-2026-000001")).Body;

        Assert.Equal(subject, renderedSubject);
        Assert.Contains(bodyPart, body, StringComparison.Ordinal);
        Assert.Contains(CreditorReference.Create("F-2026-000042").Value, body, StringComparison.Ordinal);
        Assert.DoesNotContain("FRAIS", body, StringComparison.Ordinal);
        Assert.Contains(language == "fr" ? "2,50 EUR (facture FRAIS-2026-000001)" : "2.50 EUR (invoice FRAIS-2026-000001)", withFees, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Payer en ligne : https://pay.acme.example/F-2026-000042?rf=RF", "- F-2026-000007, échéance 01/02/2026 : 300,00 EUR", "Total restant dû : 1\u202f300,00 EUR", "(virement-sepa.png)")]
    [InlineData("en", "Pay online: https://pay.acme.example/F-2026-000042?rf=RF", "- F-2026-000007, due 1 February 2026: 300.00 EUR", "Total still due: 1,300.00 EUR", "(sepa-transfer.png)")]
    public void Render_WithExtras_PaymentLinkQrCodeAndStatementOfAccount(string language, string link, string item, string total, string qr)
    {
        var older = Invoice with { Id = "inv-0", Number = "F-2026-000007", DueDate = new DateOnly(2026, 2, 1), Paid = 1181.4m };
        var open = DunningMailExtras.Open([Invoice, older, older with { Id = "inv-p", Number = "F-2026-000008", Status = InvoiceStatus.Paid }, older with { Id = "inv-d", Number = null, Status = InvoiceStatus.Draft }]);
        var extras = new DunningMailExtras(
            open, DunningMailExtras.Link("https://pay.acme.example/{number}?rf={reference}&amount={amount}", Invoice, CreditorReference.Create("F-2026-000042").Value), qr[1..^1]);
        var step = new PlannedStep(1, "reminder-1", DunningStepKind.Reminder, Invoice.DueDate!.Value.AddDays(1), DunningChannel.Email, 1, 0m, 0m);

        var body = EmailTemplateRenderer.Render(DunningEmailTemplates.For(language), DunningMailer.Model(Invoice, Customer, Company, language, step, null, extras)).Body;

        Assert.Equal(["inv-0", "inv-1"], open.Select(i => i.Id));
        Assert.Contains(link, body, StringComparison.Ordinal);
        Assert.Contains("&amount=1000.00", body, StringComparison.Ordinal);
        Assert.Contains(item, body, StringComparison.Ordinal);
        Assert.Contains(total, body, StringComparison.Ordinal);
        Assert.Contains(qr, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InvoiceStatus.Issued, InvoiceStatus.PartiallyPaid, DunningEvent.PaymentReceived)]
    [InlineData(InvoiceStatus.PartiallyPaid, InvoiceStatus.Paid, DunningEvent.PaymentReceived)]
    [InlineData(InvoiceStatus.Sent, InvoiceStatus.Disputed, DunningEvent.DisputeOpened)]
    [InlineData(InvoiceStatus.Disputed, InvoiceStatus.Acknowledged, DunningEvent.DisputeClosed)]
    [InlineData(InvoiceStatus.Overdue, InvoiceStatus.Credited, DunningEvent.CreditNoteIssued)]
    [InlineData(InvoiceStatus.Sent, InvoiceStatus.Delivered, null)]
    [InlineData(InvoiceStatus.Disputed, InvoiceStatus.Disputed, null)]
    public void EventOf_StatusChange_TheDunningEvent(InvoiceStatus before, InvoiceStatus after, DunningEvent? expected) =>
        Assert.Equal(expected, DunningNotifier.EventOf(before, after));

    [Fact]
    public void IsDunned_OnlyIssuedSalesInvoicesWithADueDate()
    {
        Assert.True(DunningNotifier.IsDunned(Invoice));
        Assert.False(DunningNotifier.IsDunned(Invoice with { DueDate = null }));
        Assert.False(DunningNotifier.IsDunned(Invoice with { Direction = InvoiceDirection.Purchase }));
        Assert.False(DunningNotifier.IsDunned(Invoice with { Kind = InvoiceKind.CreditNote }));
        Assert.False(DunningNotifier.IsDunned(Invoice with { Number = null }));
    }
}
