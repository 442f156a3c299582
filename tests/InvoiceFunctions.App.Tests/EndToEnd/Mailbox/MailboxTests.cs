using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InvoiceFunctions.App.Tests.Mailbox;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Mailbox;

/// <summary>The inbound mailbox through the local host on Azurite: real .eml files by blob and by HTTP, routing, idempotency, quarantine.</summary>
public sealed class MailboxTests(ProductApp app) : IClassFixture<ProductApp>
{
    private readonly MailboxClient mail = new(app);

    [Fact]
    public async Task Mail_FacturXFromAllowedSender_OneInvoiceWhateverTheDoorAndTheRedelivery()
    {
        var key = await mail.CompanyAsync("mb-buyer", "FR05987654321");
        await mail.SettingsAsync(key, "mb-buyer", new { allowedSenders = new[] { MailSamples.Supplier } });
        var eml = MailSamples.Read("purchase-facturx.eml");

        await mail.DropAsync("2026/03/purchase-1.eml", eml);
        var received = Assert.Single(await mail.MessagesWhenAsync(key, "mb-buyer", 1, "the message is handled"));
        // The same message again: by HTTP, and relayed once more (a trace header added, LF line ends) into the container.
        var posted = await ProductApp.ExpectAsync(HttpStatusCode.OK, await mail.PostAsync(eml));
        var relayed = Encoding.Latin1.GetBytes("Received: from relay.example by mx.invoicefunctions.localhost; Mon, 2 Mar 2026 10:00:09 +0100\n" + Encoding.Latin1.GetString(eml).Replace("\r\n", "\n", StringComparison.Ordinal));
        var again = await ProductApp.ExpectAsync(HttpStatusCode.OK, await mail.PostAsync(relayed));
        await mail.DropAsync("2026/03/purchase-1-again.eml", relayed);
        await Eventually.HoldsAsync(() => Task.FromResult(app.Host.Output.Contains("(mail-inbox/2026/03/purchase-1-again.eml) was handled before", StringComparison.Ordinal)), TimeSpan.FromSeconds(60), "the re-delivery is seen");

        var invoice = Assert.Single(await mail.InvoicesAsync(key, "mb-buyer"));
        Assert.Equal(("Purchase", "F20180027", "Email"), (invoice.GetProperty("direction").GetString(), invoice.GetProperty("number").GetString(), invoice.GetProperty("source").GetString()));
        Assert.Equal(("Processed", "allowed sender"), (received.GetProperty("outcome").GetString(), received.GetProperty("routedBy").GetString()));
        var attachment = Assert.Single(received.GetProperty("attachments").EnumerateArray());
        Assert.Equal(("Imported", invoice.GetProperty("id").GetString()), (attachment.GetProperty("outcome").GetString(), attachment.GetProperty("invoiceId").GetString()));
        Assert.StartsWith("mail:purchase-1@supplier.example:", attachment.GetProperty("sourceKey").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, received.GetProperty("ignored").GetArrayLength()); // text, html, logo
        Assert.True(posted.GetProperty("replayed").GetBoolean());
        Assert.True(again.GetProperty("replayed").GetBoolean());
        Assert.Equal(received.GetProperty("key").GetString(), again.GetProperty("key").GetString());
        Assert.Single(await mail.MessagesAsync(key, "mb-buyer"));

        // The message as received and the routing decision are in the company's archive, by their SHA-256.
        var sha = received.GetProperty("sha256").GetString()!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(eml)), sha);
        Assert.Equal(eml, await mail.BytesAsync(key, $"api/companies/mb-buyer/archive/objects/{sha}"));
        var decision = JsonDocument.Parse(await mail.BytesAsync(key, $"api/companies/mb-buyer/archive/objects/{received.GetProperty("decisionSha256").GetString()}")).RootElement;
        Assert.Equal("allowed sender", decision.GetProperty("routedBy").GetString());
    }

    [Fact]
    public async Task Mail_UnknownSender_QuarantinedUnknownNothingImported()
    {
        var key = await mail.CompanyAsync("mb-other", "FR61552100554");
        await mail.SettingsAsync(key, "mb-other", new { allowedSenders = new[] { "@partner.example" } });
        var eml = MailSamples.Read("unknown-sender.eml");

        var refused = await mail.PostAsync(eml);
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.UnprocessableEntity, refused);
        var replay = await ProductApp.ExpectAsync(HttpStatusCode.UnprocessableEntity, await mail.PostAsync(eml));
        var unauthenticated = await mail.PostAsync(eml, withKey: false);

        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith("UnknownSender: ", detail, StringComparison.Ordinal);
        Assert.Equal(detail, replay.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        var id = detail[(detail.IndexOf("quarantine as ", StringComparison.Ordinal) + "quarantine as ".Length)..].Split(' ')[0];
        Assert.Equal(eml, await mail.QuarantinedAsync("_unknown", "mail", id));
        Assert.Equal("UnknownSender", (await mail.ReasonAsync("_unknown", "mail", id)).GetProperty("code").GetString());
        Assert.Empty(await mail.InvoicesAsync(key, "mb-other"));
        Assert.Empty(await mail.MessagesAsync(key, "mb-other"));
    }

    [Fact]
    public async Task Mail_TokenFromSenderOffTheList_QuarantinedForTheCompany_ReleasedIntoAnInvoice()
    {
        var key = await mail.CompanyAsync("mb-token", "FR05987654321");
        var settings = await mail.SettingsAsync(key, "mb-token", new { allowedSenders = new[] { "@elsewhere.example" } });
        var token = settings.GetProperty("token").GetString()!;
        Assert.Equal($"invoices+{token}@invoicefunctions.localhost", settings.GetProperty("address").GetString());
        Assert.Equal($"[inv-{token}]", settings.GetProperty("subjectTag").GetString());

        var refused = await ProductApp.ExpectAsync(HttpStatusCode.UnprocessableEntity, await mail.PostAsync(MailSamples.WithToken("purchase-facturx.eml", token)));
        Assert.StartsWith("SenderNotAllowed: ", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var item = Assert.Single(await mail.QuarantineAsync(key, "mb-token"));
        Assert.Equal(("mail", "SenderNotAllowed"), (item.GetProperty("kind").GetString(), item.GetProperty("code").GetString()));
        Assert.Empty(await mail.InvoicesAsync(key, "mb-token"));

        var released = await app.OkAsync(key, $"api/companies/mb-token/quarantine/{item.GetProperty("id").GetString()}/release", new { });

        Assert.StartsWith("Processed: Facture_F20180027.pdf Imported as inv-", released.GetProperty("outcome").GetString(), StringComparison.Ordinal);
        Assert.Equal("F20180027", Assert.Single(await mail.InvoicesAsync(key, "mb-token")).GetProperty("number").GetString());
        Assert.Equal("released from quarantine", (await mail.MessagesAsync(key, "mb-token"))[0].GetProperty("routedBy").GetString());
    }

    [Fact]
    public async Task MailboxSettings_ValidationRolesAndRotation()
    {
        var key = await mail.CompanyAsync("mb-settings", "FR61552100554");
        var (reader, _) = await app.KeyAsync("mb-settings", "Reader");

        var before = await app.OkAsync(key, "api/companies/mb-settings/settings/mailbox");
        var invalid = await mail.SaveSettingsAsync(key, "mb-settings", new { allowedSenders = new[] { "ok@supplier.example", "not an address", "@nodot" } });
        var forbidden = await mail.SaveSettingsAsync(reader, "mb-settings", new { allowedSenders = Array.Empty<string>() });
        var first = await mail.SettingsAsync(key, "mb-settings", new { allowedSenders = new[] { " AP@Supplier.Example " } });
        var kept = await mail.SettingsAsync(key, "mb-settings", new { enabled = false, allowedSenders = new[] { "ap@supplier.example" } });
        var rotated = await mail.SettingsAsync(key, "mb-settings", new { rotateToken = true, allowedSenders = new[] { "ap@supplier.example" } });

        Assert.False(before.GetProperty("enabled").GetBoolean());
        Assert.False(before.TryGetProperty("token", out _));
        var errors = (await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, invalid)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Equal(["allowedSenders[1]", "allowedSenders[2]"], errors);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(["ap@supplier.example"], first.GetProperty("allowedSenders").EnumerateArray().Select(e => e.GetString()));
        Assert.Matches("^[a-z2-9]{12}$", first.GetProperty("token").GetString());
        Assert.Equal(first.GetProperty("token").GetString(), kept.GetProperty("token").GetString());
        Assert.False(kept.GetProperty("enabled").GetBoolean());
        Assert.NotEqual(first.GetProperty("token").GetString(), rotated.GetProperty("token").GetString());
        Assert.True(rotated.GetProperty("enabled").GetBoolean());
    }
}
