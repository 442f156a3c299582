using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Quotes;

namespace InvoiceFunctions.App.Tests.Unit.Delivery;

public sealed class QuoteEmailTemplateTests
{
    private static readonly CompanyId Acme = CompanyId.Parse("acme");

    private static readonly Quote Quote = new(
        Acme, "quo-1", "D-2026-000007", QuoteStatus.Sent, new InvoiceDraft("c1", []), new DateOnly(2026, 4, 30), null,
        new InvoiceAmounts("EUR", 1234.5m, 246.9m, 1481.4m, 1481.4m), null, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private static readonly Party Customer = new(Acme, "c1", PartyRole.Customer, "Brasserie", null, null, "a@b.example", "FR", DateTimeOffset.UnixEpoch);

    private static readonly Company Company = new(Acme, "ACME SAS", "552120222", "FR40552120222", "FR", DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("fr", "Devis D-2026-000007 de ACME SAS", "d'un montant de 1\u202f481,40 EUR, valable jusqu'au 30/04/2026.")]
    [InlineData("en", "Quote D-2026-000007 from ACME SAS", "for 1,481.40 EUR, valid until 30 April 2026.")]
    public void Render_DefaultQuoteTemplate_FieldsInTheLanguageAndTheLink(string language, string subject, string bodyPart)
    {
        var (renderedSubject, body) = EmailTemplateRenderer.Render(
            DefaultEmailTemplates.QuoteFor(language), QuoteEmailModel.For(Quote, Customer, Company, language, "https://app.example/api/quotes/t0k3n"));

        Assert.Equal(subject, renderedSubject);
        Assert.Contains(bodyPart, body, StringComparison.Ordinal);
        Assert.Contains("https://app.example/api/quotes/t0k3n", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_QuoteTemplates_ProblemsUnderTheirOwnPath()
    {
        var settings = DefaultEmailTemplates.Settings with
        {
            QuoteTemplates = new Dictionary<string, EmailTemplate> { ["fr"] = new("{% if %}", "b"), ["de"] = new("s", "b") },
        };

        Assert.Equal(["quoteTemplates.fr.subject", "quoteTemplates.de"], EmailSettingsService.Validate(settings).Select(e => e.Path));
    }
}
