using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.App.Tests.Unit.Delivery;

public sealed class EmailTemplateTests
{
    private static readonly CompanyId Acme = CompanyId.Parse("acme");

    private static readonly LedgerInvoice Invoice = new(
        Acme, "inv-1", InvoiceDirection.Sales, "F-2026-000042", "F", InvoiceStatus.Issued, null, "c1", "acme", new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 1),
        new InvoiceAmounts("EUR", 1234.5m, 246.9m, 1481.4m, 1481.4m), 481.4m, SourceChannel.Api, [], null, 2, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private static readonly Party Customer = new(Acme, "c1", PartyRole.Customer, "Brasserie", null, null, "a@b.example", "FR", DateTimeOffset.UnixEpoch);

    private static readonly Company Company = new(Acme, "ACME SAS", "552120222", "FR40552120222", "FR", DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("fr", "Facture F-2026-000042 de ACME SAS", "d'un montant de 1\u202f481,40 EUR, à régler au plus tard le 01/04/2026.")]
    [InlineData("en", "Invoice F-2026-000042 from ACME SAS", "for 1,481.40 EUR, due by 1 April 2026.")]
    public void Render_DefaultTemplate_FieldsInTheLanguage(string language, string subject, string bodyPart)
    {
        var (renderedSubject, body) = EmailTemplateRenderer.Render(DefaultEmailTemplates.For(language), EmailTemplateModel.For(Invoice, Customer, Company, language));

        Assert.Equal(subject, renderedSubject);
        Assert.Contains(bodyPart, body, StringComparison.Ordinal);
        Assert.Contains(language == "fr" ? "1\u202f000,00 EUR" : "1,000.00 EUR", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SubjectOnSeveralLines_IsOneLine() =>
        Assert.Equal("a F-2026-000042 b", EmailTemplateRenderer.Render(new EmailTemplate("a\r\n{{ invoice.number }}\nb", "x"), EmailTemplateModel.For(Invoice, Customer, Company, "en")).Subject);

    [Fact]
    public void Render_HtmlInFields_IsNotEncoded() =>
        Assert.Equal("A & B <x>", EmailTemplateRenderer.Render(new EmailTemplate("s", "{{ customer.name }}"), EmailTemplateModel.For(Invoice, Customer with { Name = "A & B <x>" }, Company, "en")).Body);

    [Theory]
    [InlineData("FR", "fr")]
    [InlineData("be", "fr")]
    [InlineData("DE", "en")]
    [InlineData(null, "en")]
    public void DeliveryLanguage_Country_Language(string? country, string language) => Assert.Equal(language, DeliveryLanguage.For(country));

    [Fact]
    public void Validate_Settings_EveryProblemListed()
    {
        var settings = new EmailSettings("Name\nInjected", "nope", "a@b", (EmailAttachments)9, new Dictionary<string, EmailTemplate>
        {
            ["en"] = new("{% if %}", ""),
            ["it"] = new("s", "b"),
        });

        Assert.Equal(
            ["senderName", "senderAddress", "replyTo", "attachments", "templates.en.subject", "templates.en.body", "templates.it"],
            EmailSettingsService.Validate(settings).Select(e => e.Path));
    }

    [Fact]
    public void Validate_CompanyRelay_RefusedAddressesPortSecurityAndSecretNameRules()
    {
        static IEnumerable<string> Paths(SmtpRelay relay, bool allowLoopback = false) =>
            EmailSettingsService.Validate(DefaultEmailTemplates.Settings with { Smtp = relay }, allowLoopback).Select(e => e.Path);

        Assert.Equal(["smtp.host"], Paths(new SmtpRelay("169.254.169.254", 25, SmtpSecurity.None)));
        Assert.Equal(["smtp.host"], Paths(new SmtpRelay("10.1.2.3")));
        Assert.Equal(["smtp.host"], Paths(new SmtpRelay("[fd00:ec2::254]")));
        Assert.Equal(["smtp.host"], Paths(new SmtpRelay("127.0.0.1")));
        Assert.Empty(Paths(new SmtpRelay("127.0.0.1"), allowLoopback: true));
        Assert.Equal(["smtp.host", "smtp.port", "smtp.security", "smtp.passwordSecretName"], Paths(new SmtpRelay("", 0, (SmtpSecurity)7, "user")));
        Assert.Equal(["smtp.passwordSecretName"], Paths(new SmtpRelay("smtp.example.com", PasswordSecretName: "relay")));
        Assert.Equal(["smtp.passwordSecretName"], Paths(new SmtpRelay("smtp.example.com", UserName: "u", PasswordSecretName: "../Smtp__Password")));
        Assert.Empty(Paths(new SmtpRelay("smtp.example.com", 465, SmtpSecurity.Tls, "u", "relay-password")));
    }

    [Theory]
    [InlineData(EmailAttachments.FacturX, new[] { ArchiveFileKind.FacturX, ArchiveFileKind.Pdf, ArchiveFileKind.Xml }, new[] { ArchiveFileKind.FacturX })]
    [InlineData(EmailAttachments.FacturX, new[] { ArchiveFileKind.Pdf, ArchiveFileKind.Xml }, new[] { ArchiveFileKind.Pdf, ArchiveFileKind.Xml })]
    [InlineData(EmailAttachments.FacturX, new[] { ArchiveFileKind.Original }, new[] { ArchiveFileKind.Original })]
    [InlineData(EmailAttachments.PdfAndXml, new[] { ArchiveFileKind.FacturX, ArchiveFileKind.Pdf, ArchiveFileKind.Xml }, new[] { ArchiveFileKind.Pdf, ArchiveFileKind.Xml })]
    [InlineData(EmailAttachments.PdfAndXml, new[] { ArchiveFileKind.FacturX, ArchiveFileKind.Xml }, new[] { ArchiveFileKind.FacturX, ArchiveFileKind.Xml })]
    [InlineData(EmailAttachments.Xml, new[] { ArchiveFileKind.FacturX, ArchiveFileKind.Xml }, new[] { ArchiveFileKind.Xml })]
    [InlineData(EmailAttachments.Xml, new[] { ArchiveFileKind.FacturX }, new ArchiveFileKind[0])]
    public void AttachmentChoice_Archived_PicksAsDocumented(EmailAttachments choice, ArchiveFileKind[] archived, ArchiveFileKind[] expected)
    {
        var files = archived.Select((k, i) => new ArchiveFile(k, $"f{i}", "application/octet-stream", new string('0', 64), 1)).ToList();

        Assert.Equal(expected, AttachmentChoice.Pick(files, choice).Select(f => f.Kind));
    }
}
