using System.Text;
using InvoiceFunctions.Adapters.Mail;
using InvoiceFunctions.App.Tests.Mailbox;
using InvoiceFunctions.Application.Intake.Mail;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.Unit.Mailbox;

/// <summary>The MimeKit adapter and the attachment collector on the sample messages.</summary>
public sealed class MailParsingTests
{
    private static readonly MimeMailParser Parser = new();
    private static readonly MailboxOptions Limits = new();

    [Fact]
    public void Collect_FacturXWithInlineLogoAndSignature_OnlyThePdf()
    {
        var mail = Parser.Parse(MailSamples.Read("facturx-pdf-inline-logo.eml"), Limits.MaxNestingDepth);
        var scan = AttachmentCollector.Collect(mail, Limits);

        Assert.Equal("facturx-1@supplier.example", mail.Headers.MessageId);
        Assert.Equal(MailSamples.Supplier, mail.Headers.From);
        Assert.Contains($"invoices+{MailSamples.Token}@invoicefunctions.localhost", mail.Headers.Recipients);
        Assert.Contains(mail.Parts, p => p.ContentType == "image/png" && p.IsInline);
        var pdf = Assert.Single(scan.Documents);
        Assert.Equal(("EN16931_Einfach.pdf", DocumentKind.Pdf), (pdf.Name, pdf.Kind));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Conformance, "facturx", "pdf", "EN16931_Einfach.pdf")), pdf.Content.ToArray());
        Assert.Equal(4, scan.Ignored.Count); // text, html, logo, signature
        Assert.Null(scan.Refusal);
    }

    [Fact]
    public void Collect_XmlAndZip_XmlAndTheZipsInvoicesByContent()
    {
        var scan = AttachmentCollector.Collect(Parser.Parse(MailSamples.Read("xml-and-zip.eml"), 3), Limits);

        Assert.Equal(
            ["CII_example1.xml:Xml", "ubl-1.xml:Xml", "facture.pdf:Pdf"],
            scan.Documents.Select(d => $"{d.Name}:{d.Kind}"));
        Assert.Equal(["2", "3/march/ubl-1.xml", "3/march/facture.pdf"], scan.Documents.Select(d => d.Path));
        Assert.Contains("3/march/readme.txt", scan.Ignored);
    }

    [Fact]
    public void Collect_ForwardedMessage_NestedAttachmentFoundSignatureIgnored()
    {
        var mail = Parser.Parse(MailSamples.Read("forwarded-rfc822.eml"), 3);
        var scan = AttachmentCollector.Collect(mail, Limits);

        var nested = Assert.Single(mail.Parts, p => p.Message is not null).Message!;
        Assert.Equal("inner-1@other.example", nested.Headers.MessageId);
        var avoir = Assert.Single(scan.Documents);
        Assert.Equal(("3.2", "avoir.pdf"), (avoir.Path, avoir.Name));
        Assert.Contains("2", scan.Ignored); // signature.png
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(4, true)]
    [InlineData(3, true)]
    public void Collect_NestedFiveDeep_RefusedBeyondTheLimit(int maxDepth, bool refused)
    {
        var limits = new MailboxOptions { MaxNestingDepth = maxDepth };
        var scan = AttachmentCollector.Collect(Parser.Parse(MailSamples.Read("nested-too-deep.eml"), maxDepth), limits);

        Assert.Equal(refused ? MailRefusalCode.NestingTooDeep : null, scan.Refusal?.Code);
        Assert.Equal(refused ? 0 : 1, scan.Documents.Count);
    }

    [Fact]
    public void Collect_ZipBomb_ZipRefusedAloneTheXmlKept()
    {
        var scan = AttachmentCollector.Collect(Parser.Parse(MailSamples.Read("zip-bomb.eml"), 3), Limits);

        var bomb = Assert.Single(scan.Refused);
        Assert.Equal(("2", "invoices.zip", MailRefusalCode.ZipBomb), (bomb.Path, bomb.Name, bomb.Refusal.Code));
        Assert.Contains("expand", bomb.Refusal.Message, StringComparison.Ordinal);
        Assert.Equal("CII_example3.xml", Assert.Single(scan.Documents).Name);
    }

    [Fact]
    public void Collect_TwentyFiveAttachments_WholeMessageRefused()
    {
        var scan = AttachmentCollector.Collect(Parser.Parse(MailSamples.Read("too-many-attachments.eml"), 3), Limits);

        Assert.Equal(MailRefusalCode.TooManyAttachments, scan.Refusal?.Code);
        Assert.Empty(scan.Documents);
        Assert.Null(AttachmentCollector.Collect(Parser.Parse(MailSamples.Read("too-many-attachments.eml"), 3), new MailboxOptions { MaxAttachments = 25 }).Refusal);
    }

    [Fact]
    public void Collect_ZipEntriesOverTheDocumentLimit_WholeMessageRefused()
    {
        var mail = Parser.Parse(MailSamples.Read("xml-and-zip.eml"), 3);

        Assert.Equal(MailRefusalCode.TooManyAttachments, AttachmentCollector.Collect(mail, new MailboxOptions { MaxDocuments = 2 }).Refusal?.Code);
        Assert.Null(AttachmentCollector.Collect(mail, new MailboxOptions { MaxDocuments = 3 }).Refusal);
    }

    [Fact]
    public void Collect_ImageDocxAndText_NoDocument()
    {
        var scan = AttachmentCollector.Collect(Parser.Parse(MailSamples.Read("no-invoice.eml"), 3), Limits);

        Assert.Empty(scan.Documents);
        Assert.Equal(4, scan.Ignored.Count);
    }

    [Fact]
    public void Parse_WrongCharsets_ReadAnywayTheXmlFound()
    {
        var mail = Parser.Parse(MailSamples.Read("wrong-charset.eml"), 3);
        var scan = AttachmentCollector.Collect(mail, Limits);

        Assert.StartsWith("Facture n", mail.Headers.Subject, StringComparison.Ordinal);
        var xml = Assert.Single(scan.Documents);
        Assert.Equal("Facture_n°12_décembre.xml", xml.Name);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Conformance, "cii", "examples", "CII_example7.xml")), xml.Content.ToArray());
    }

    [Fact]
    public void Parse_Dsn_IsADeliveryReport()
    {
        Assert.True(Parser.Parse(MailSamples.Read("dsn-failed.eml"), 3).IsDeliveryReport);
        Assert.False(Parser.Parse(MailSamples.Read("facturx-pdf-inline-logo.eml"), 3).IsDeliveryReport);
    }

    [Fact]
    public void ReadHeaders_ThirtyMegabytes_HeadersOnly()
    {
        var headers = Parser.ReadHeaders(MailSamples.Large(30));

        Assert.Equal("large-1@supplier.example", headers.MessageId);
        Assert.Equal(MailSamples.Supplier, headers.From);
        Assert.Equal("Scans of March", headers.Subject);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a message at all")]
    [InlineData("\0\0\0\u0001binary")]
    public void Parse_Garbage_NoCrash(string text)
    {
        // MimeKit reads almost anything as a message; what matters is that nothing escapes but MailFormatException.
        try
        {
            var mail = Parser.Parse(Encoding.Latin1.GetBytes(text), 3);
            Assert.Empty(AttachmentCollector.Collect(mail, Limits).Documents);
        }
        catch (MailFormatException)
        {
        }
    }

    [Fact]
    public void Fingerprint_RelayedWithTraceHeadersAndLfEnds_SameKeyOtherBodyOrAddresseeOtherKey()
    {
        var original = MailSamples.Read("facturx-pdf-inline-logo.eml");
        var relayed = Encoding.Latin1.GetBytes(
            "Received: from mx.supplier.example by mx.invoicefunctions.localhost; Mon, 2 Mar 2026 10:00:01 +0100\r\nDelivered-To: invoices@invoicefunctions.localhost\r\n"
            + Encoding.Latin1.GetString(original).Replace("\r\n", "\n", StringComparison.Ordinal));
        var other = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(original).Replace("Cordialement", "Bien cordialement", StringComparison.Ordinal));

        var toAnotherCompany = MailSamples.WithToken("facturx-pdf-inline-logo.eml", "b3tatoken999");

        Assert.Equal(Key(original), Key(relayed));
        Assert.NotEqual(Key(original), Key(other));
        Assert.NotEqual(Key(original), Key(toAnotherCompany));
        Assert.NotEqual(MailFingerprint.Sha256(original), MailFingerprint.Sha256(relayed));
    }

    private static string Key(byte[] raw) => MailFingerprint.Of(Parser.Parse(raw, 3).Headers, raw);
}
