using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using InvoiceFunctions.App.Tests.EndToEnd.Delivery;
using InvoiceFunctions.Testing;
using UglyToad.PdfPig;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Sending a quote through the local host: its PDF stored once and mailed once (MailDev), the link in the mail works.</summary>
public sealed partial class QuoteMailApiTests : IAsyncLifetime
{
    private const string Company = "qmail";
    private readonly DeliveryApp delivery = new(new Dictionary<string, string> { ["Connectors__AllowLoopback"] = "true" });

    private ProductApp App => delivery.App;

    public Task InitializeAsync() => delivery.InitializeAsync();

    public Task DisposeAsync() => delivery.DisposeAsync();

    [Fact]
    public async Task SendQuote_TwiceAndReplayed_OneMailWithTheStoredPdfAndAWorkingLink()
    {
        var key = await SalesSetup.FrenchCompanyAsync(App, Company);
        var quote = await App.CreatedAsync(key, $"api/companies/{Company}/quotes", new { content = SalesSetup.Draft(3), validUntil = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd") });
        var id = quote.GetProperty("id").GetString()!;
        var send = $"api/companies/{Company}/quotes/{id}/send";

        // The first send, its replay under the same Idempotency-Key, then two more sends at once without a key.
        var first = await ProductApp.ExpectAsync(HttpStatusCode.OK, await App.SendAsync(HttpMethod.Post, send, key, new { }, idempotencyKey: "send-1"));
        var replay = await ProductApp.ExpectAsync(HttpStatusCode.OK, await App.SendAsync(HttpMethod.Post, send, key, new { }, idempotencyKey: "send-1"));
        var again = await Task.WhenAll(App.SendAsync(HttpMethod.Post, send, key, new { }), App.SendAsync(HttpMethod.Post, send, key, new { }));
        var number = first.GetProperty("number").GetString()!;
        await Eventually.HoldsAsync(async () => (await delivery.Mail.EmailsAsync()).Count > 0, TimeSpan.FromSeconds(30), "the quote mail in MailDev");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var mails = await delivery.Mail.EmailsAsync();

        Assert.Equal("Sent", first.GetProperty("mail").GetProperty("state").GetString());
        Assert.Equal(number, replay.GetProperty("number").GetString());
        Assert.All(again, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var mail = Assert.Single(mails);
        Assert.Equal("compta@boulangerie-martin.fr", mail.GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Equal($"Quote {number} from Atelier Durand SAS", mail.GetProperty("subject").GetString());
        var text = mail.GetProperty("text").GetString()!;
        Assert.Contains($"Please find attached our quote {number} for 2,484.60 EUR, valid until ", text, StringComparison.Ordinal);

        // The attachment is the quote (number, total), and the same bytes as the PDF the API serves from then on, even after a new logo.
        var attachment = Assert.Single(mail.GetProperty("attachments").EnumerateArray());
        Assert.Equal($"devis-{number}.pdf", attachment.GetProperty("filename").GetString());
        var pdf = await delivery.Mail.AttachmentAsync(mail.GetProperty("id").GetString()!, attachment.GetProperty("generatedFileName").GetString()!);
        using (var document = PdfDocument.Open(pdf))
        {
            var pages = string.Join("\n", document.GetPages().Select(p => p.Text));
            Assert.Contains(number, pages, StringComparison.Ordinal);
            Assert.Contains("€2,484.60", pages, StringComparison.Ordinal);
        }

        var logo = new HttpRequestMessage(HttpMethod.Put, $"api/companies/{Company}/settings/billing/logo")
        {
            Content = new ByteArrayContent("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 10"><rect width="30" height="10" fill="#1F4E79"/></svg>"""u8.ToArray()),
        };
        logo.Headers.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await App.Host.Http.SendAsync(logo)).StatusCode);
        var served = await App.SendAsync(HttpMethod.Get, $"api/companies/{Company}/quotes/{id}/pdf", key);
        Assert.Equal(pdf, await served.Content.ReadAsByteArrayAsync());

        // The link in the mail's body opens the quote and accepts it, without an account.
        var link = LinkPattern().Match(text).Value;
        Assert.StartsWith("http://127.0.0.1:", link, StringComparison.Ordinal);
        var viewed = await ProductApp.ExpectAsync(HttpStatusCode.OK, await App.SendAsync(HttpMethod.Get, link, null));
        var accepted = await ProductApp.ExpectAsync(HttpStatusCode.OK, await App.SendAsync(HttpMethod.Post, link + "/accept", null, new { }));
        Assert.Equal(number, viewed.GetProperty("number").GetString());
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, accepted.GetProperty("orderId").ValueKind);

        // One quote.sent in the events feed, however many sends.
        var feed = (await App.OkAsync(key, $"api/companies/{Company}/events?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        Assert.Single(feed, e => e.GetProperty("type").GetString() == "quote.sent");
        Assert.Single(feed, e => e.GetProperty("type").GetString() == "quote.accepted");
        Assert.Single(await delivery.Mail.EmailsAsync());
    }

    [Fact]
    public async Task SendQuote_CompanyWithItsOwnRelay_TheQuoteGoesThroughTheRelayNotTheAppTransport()
    {
        await using var relay = await MailDev.StartAsync(null);
        var key = await SalesSetup.FrenchCompanyAsync(App, "qrelay");
        await ProductApp.ExpectAsync(HttpStatusCode.OK, await App.SendAsync(HttpMethod.Put, "api/companies/qrelay/settings/email", key, new
        {
            senderAddress = "devis@atelier-durand.example",
            smtp = new { host = "127.0.0.1", port = relay.SmtpPort, security = "None" },
        }));
        var quote = await App.CreatedAsync(key, "api/companies/qrelay/quotes", new { content = SalesSetup.Draft(1), validUntil = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd") });

        var sent = await App.OkAsync(key, $"api/companies/qrelay/quotes/{quote.GetProperty("id").GetString()}/send", new { });
        await Eventually.HoldsAsync(async () => (await relay.EmailsAsync()).Count > 0, TimeSpan.FromSeconds(30), "the quote mail in the company's relay");

        Assert.Equal("Sent", sent.GetProperty("mail").GetProperty("state").GetString());
        var mail = Assert.Single(await relay.EmailsAsync());
        Assert.Equal($"Quote {sent.GetProperty("number").GetString()} from Atelier Durand SAS", mail.GetProperty("subject").GetString());
        Assert.Equal("devis@atelier-durand.example", mail.GetProperty("from")[0].GetProperty("address").GetString());
        Assert.Empty(await delivery.Mail.EmailsAsync());
    }

    [GeneratedRegex(@"http://\S+/api/quotes/\S+")]
    private static partial Regex LinkPattern();
}
