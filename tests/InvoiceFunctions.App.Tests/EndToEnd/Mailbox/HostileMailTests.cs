using System.Net;
using InvoiceFunctions.App.Tests.Mailbox;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Mailbox;

/// <summary>A hostile corpus dropped in "mail-inbox" for one company: nothing crashes the host, every refusal is in quarantine with its reason.</summary>
public sealed class HostileMailTests(ProductApp app) : IClassFixture<ProductApp>
{
    private readonly MailboxClient mail = new(app);

    [Fact]
    public async Task MailInbox_HostileCorpus_EachQuarantinedWithItsReasonHostAlive()
    {
        var key = await mail.CompanyAsync("mb-hostile", "FR61552100554");
        await mail.SettingsAsync(key, "mb-hostile", new { allowedSenders = new[] { MailSamples.Supplier } });
        var corpus = new Dictionary<string, byte[]>
        {
            ["large-30mb.eml"] = MailSamples.Large(30),
            ["zip-bomb.eml"] = MailSamples.Read("zip-bomb.eml"),
            ["too-many.eml"] = MailSamples.Read("too-many-attachments.eml"),
            ["nested.eml"] = MailSamples.Read("nested-too-deep.eml"),
            ["no-invoice.eml"] = MailSamples.Read("no-invoice.eml"),
            ["wrong-charset.eml"] = MailSamples.Read("wrong-charset.eml"),
            ["dsn-unknown.eml"] = MailSamples.Read("dsn-failed.eml"),
        };

        foreach (var (name, eml) in corpus)
        {
            await mail.DropAsync(name, eml);
        }

        // Over HTTP too (above the server's default 30,000,000-byte body limit): refused with 413, kept in quarantine.
        var tooLarge = await mail.PostAsync(MailSamples.Large(31));
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.StartsWith("MessageTooLarge: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var messages = await mail.MessagesWhenAsync(key, "mb-hostile", corpus.Count, "every routed message is recorded");
        var items = await mail.QuarantineAsync(key, "mb-hostile");
        var health = await app.Host.Http.GetAsync("api/openapi.json");

        var outcomes = messages.Where(m => m.GetProperty("source").GetString()!.StartsWith("mail-inbox/", StringComparison.Ordinal)).ToDictionary(m => m.GetProperty("source").GetString()!["mail-inbox/".Length..], m => m.GetProperty("outcome").GetString() + ":" + (m.TryGetProperty("reasonCode", out var c) ? c.GetString() : ""));
        Assert.Equal("Quarantined:MessageTooLarge", outcomes["large-30mb.eml"]);
        Assert.Equal("Quarantined:TooManyAttachments", outcomes["too-many.eml"]);
        Assert.Equal("Quarantined:NestingTooDeep", outcomes["nested.eml"]);
        Assert.Equal("Quarantined:NoInvoiceAttachment", outcomes["no-invoice.eml"]);
        Assert.Equal("Processed:", outcomes["zip-bomb.eml"]);
        Assert.Equal("Processed:", outcomes["wrong-charset.eml"]);
        var bomb = messages.Single(m => m.GetProperty("source").GetString() == "mail-inbox/zip-bomb.eml").GetProperty("attachments").EnumerateArray().ToList();
        // The XML beside the bomb is read by the intake core, which refuses it for another reason: the company is not a party to it.
        Assert.Equal(
            ["CII_example3.xml:Quarantined:NotAParty", "invoices.zip:Quarantined:ZipBomb"],
            bomb.Select(a => $"{a.GetProperty("name").GetString()}:{a.GetProperty("outcome").GetString()}:{(a.TryGetProperty("reasonCode", out var r) ? r.GetString() : a.GetProperty("intakeCode").GetString())}").Order(StringComparer.Ordinal));
        Assert.Equal(
            ["mail-part:ZipBomb", "mail:MessageTooLarge", "mail:MessageTooLarge", "mail:NestingTooDeep", "mail:NoInvoiceAttachment", "mail:TooManyAttachments"],
            items.Where(i => i.GetProperty("kind").GetString()!.StartsWith("mail", StringComparison.Ordinal)).Select(i => $"{i.GetProperty("kind").GetString()}:{i.GetProperty("code").GetString()}").Order(StringComparer.Ordinal));
        Assert.Equal([30, 31], items.Where(i => i.GetProperty("code").GetString() == "MessageTooLarge").Select(i => i.GetProperty("size").GetInt64() >> 20).Order());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.False(app.Host.HasExited);
        Assert.DoesNotContain("-poison", app.Host.Output, StringComparison.Ordinal);

        // The DSN names no company: recognised as a report, handed to the delivery workflow, which knows no such Message-ID.
        await Eventually.HoldsAsync(
            () => Task.FromResult(app.Host.Output.Contains("(mail-inbox/dsn-unknown.eml) is a delivery report: UnknownMessage", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "the DSN is handled");
    }
}
