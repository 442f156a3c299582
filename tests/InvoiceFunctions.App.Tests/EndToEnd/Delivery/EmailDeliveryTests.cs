using System.Net;
using System.Text.Json;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>The e-mail channel end to end: queue message -> local host -> MailKit -> a real MailDev, records and history on Azurite.</summary>
public sealed class EmailDeliveryTests : IAsyncLifetime
{
    private readonly DeliveryApp delivery = new();

    public Task InitializeAsync() => delivery.InitializeAsync();

    public Task DisposeAsync() => delivery.DisposeAsync();

    [Fact]
    public async Task DeliverInvoice_FrenchCustomer_MailHasSenderFrenchSubjectBodyAndFacturXThatReadsBack()
    {
        await delivery.SaveEmailSettingsAsync(new { senderName = "ACME Facturation", senderAddress = "factures@acme.example", replyTo = "compta@acme.example", attachments = "FacturX" });
        var (id, number, _) = await delivery.IssuedInvoiceAsync("fr1");

        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Sent", "the delivery is sent");
        var mail = (await delivery.Mail.EmailsAsync()).Single();
        var attachment = mail.GetProperty("attachments").EnumerateArray().Single();
        var pdf = await delivery.Mail.AttachmentAsync(mail.GetProperty("id").GetString()!, attachment.GetProperty("generatedFileName").GetString()!);
        var read = FacturXReader.Read(pdf);
        var history = await delivery.HistoryAsync(id);
        var source = await delivery.Mail.SourceAsync(mail.GetProperty("id").GetString()!);

        Assert.Equal("factures@acme.example", mail.GetProperty("from")[0].GetProperty("address").GetString());
        Assert.Equal("ACME Facturation", mail.GetProperty("from")[0].GetProperty("name").GetString());
        Assert.Equal("compta@brasserie.example", mail.GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Contains("Reply-To: compta@acme.example", source, StringComparison.Ordinal);
        Assert.Equal($"Facture {number} de ACME", mail.GetProperty("subject").GetString());
        Assert.Contains($"Veuillez trouver ci-joint la facture {number} du ", mail.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("à régler au plus tard le 31/12/2026", mail.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal($"<{id}.1@acme.example>", mail.GetProperty("headers").GetProperty("message-id").GetString());
        Assert.Equal($"{number}.pdf", attachment.GetProperty("filename").GetString());
        Assert.Equal(FacturXStatus.Found, read.Status);
        Assert.Equal(number, read.Read!.Invoice.Number);
        Assert.Equal($"{id}.1@acme.example", records[0].GetProperty("messageId").GetString());
        Assert.Equal("compta@brasserie.example", records[0].GetProperty("receiver").GetString());
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "Sent" && e.GetProperty("detail").GetString() == $"{id}.1@acme.example");
        Assert.Equal("Sent", (await delivery.App.OkAsync(delivery.Key, $"api/companies/acme/invoices/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task DeliverInvoice_DuplicateMessage_SendsNothingAndResendSendsAgain()
    {
        var (id, number, _) = await delivery.IssuedInvoiceAsync("de1");
        await delivery.EnqueueAsync(id);
        await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Sent", "the first delivery is sent");

        await delivery.EnqueueAsync(id);
        await Eventually.HoldsAsync(() => Task.FromResult(delivery.App.Host.Output.Contains("Duplicate, nothing sent", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "the duplicate is handled");
        var afterDuplicate = await delivery.Mail.EmailsAsync();
        await delivery.EnqueueAsync(id, "resend");
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Count == 2 && r[1].GetProperty("state").GetString() == "Sent", "the re-send is sent");
        var mails = await delivery.Mail.EmailsAsync();

        Assert.Single(afterDuplicate);
        Assert.Equal($"Invoice {number} from ACME", afterDuplicate[0].GetProperty("subject").GetString());
        Assert.Contains($"Please find attached invoice {number} of ", afterDuplicate[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("for 1,200.00 EUR, due by 31 December 2026.", afterDuplicate[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, mails.Count);
        Assert.Equal("invoices@invoicefunctions.localhost", mails[1].GetProperty("from")[0].GetProperty("address").GetString());
        Assert.Equal($"<{id}.2@invoicefunctions.localhost>", mails[1].GetProperty("headers").GetProperty("message-id").GetString());
        Assert.Equal(["Issued", "Resend"], records.Select(r => r.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task DeliverInvoice_CustomerWithoutAddress_FailedRecordAndLedgerEventNoMail()
    {
        var (id, _, _) = await delivery.IssuedInvoiceAsync("nomail");

        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Failed", "the delivery fails");
        var history = await delivery.HistoryAsync(id);

        Assert.Contains("no valid e-mail address", records[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "DeliveryFailed" && e.GetProperty("detail").GetString()!.Contains("nomail", StringComparison.Ordinal));
        Assert.Empty(await delivery.Mail.EmailsAsync());
        Assert.DoesNotContain("invoice-delivery-poison", delivery.App.Host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveEmailSettings_InvalidFields_ProblemJsonListsEach()
    {
        var response = await delivery.PutEmailSettingsAsync(new
        {
            senderAddress = "not an address",
            replyTo = "x@y",
            attachments = "FacturX",
            templates = new Dictionary<string, object> { ["fr"] = new { subject = "Facture {{ invoice.number ", body = "ok" }, ["de"] = new { subject = "s", body = "b" } },
        });
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, response);
        var paths = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        var (readerKey, _) = await delivery.App.KeyAsync(DeliveryApp.Company, "Reader");
        var forbidden = await delivery.PutEmailSettingsAsync(new { attachments = "Xml" }, readerKey);
        var unchanged = await delivery.App.OkAsync(readerKey, "api/companies/acme/settings/email");

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["senderAddress", "replyTo", "templates.fr.subject", "templates.de"], paths);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("FacturX", unchanged.GetProperty("attachments").GetString());
        Assert.Equal("Facture {{ invoice.number }} de {{ company.name }}", unchanged.GetProperty("templates").GetProperty("fr").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task DeliverInvoice_CompanyTemplateAndPdfAndXml_RendersFieldsAndAttachesWhatIsArchived()
    {
        await delivery.SaveEmailSettingsAsync(new
        {
            attachments = "PdfAndXml",
            templates = new { en = new { subject = "{{ company.name }}: {{ invoice.number }} ({{ invoice.total }})", body = "Dear {{ customer.name }}, {{ invoice.amountDue }} by {{ invoice.dueDate }}." } },
        });
        var (id, number, _) = await delivery.IssuedInvoiceAsync("de1");

        await delivery.EnqueueAsync(id);
        await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Sent", "the delivery is sent");
        var mail = (await delivery.Mail.EmailsAsync()).Single();

        Assert.Equal($"ACME: {number} (1,200.00 EUR)", mail.GetProperty("subject").GetString());
        Assert.Equal("Dear Brauerei Nord GmbH, 1,200.00 EUR by 31 December 2026.", mail.GetProperty("text").GetString()!.Trim());
        // Only a Factur-X PDF is archived: it stands in for the PDF, and there is no separate XML to add.
        Assert.Equal([$"{number}.pdf"], mail.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("filename").GetString()));
    }

    [Fact]
    public async Task DeliverInvoice_CustomerPrefersUbl_OverridesTheCompanysFacturX()
    {
        await delivery.SaveEmailSettingsAsync(new { attachments = "FacturX" });
        await delivery.App.CreatedAsync(delivery.Key, $"api/companies/{DeliveryApp.Company}/contacts", new
        {
            id = "ubl1", role = "Customer", name = "Importer BV", email = "ap@importer.example", countryCode = "NL", preferences = new { format = "Ubl" },
        });
        var (id, number, facturX) = await delivery.IssuedInvoiceAsync("ubl1");
        var ubl = System.Text.Encoding.UTF8.GetBytes("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>");
        await delivery.App.CreatedAsync(delivery.Key, $"api/companies/{DeliveryApp.Company}/invoices/{id}/archive", new
        {
            files = new object[]
            {
                new { kind = "FacturX", name = $"{number}.pdf", contentType = "application/pdf", content = facturX },
                new { kind = "Xml", name = $"{number}.ubl.xml", contentType = "application/xml", content = ubl },
            },
        });

        await delivery.EnqueueAsync(id);
        await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Sent", "the delivery is sent");
        var mail = (await delivery.Mail.EmailsAsync()).Single();

        Assert.Equal([$"{number}.ubl.xml"], mail.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("filename").GetString()));
    }
}
