using System.Net;
using InvoiceFunctions.Testing;
using UglyToad.PdfPig;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>The quote PDF through the local host: the devis layout with the customer's language and the company's logo.</summary>
public sealed class QuotePdfApiTests : IAsyncLifetime
{
    private readonly ProductApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task SentQuote_Pdf_QuoteLayoutInTheCustomersLanguageWithTheLogo()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "qpdf");
        var logo = new HttpRequestMessage(HttpMethod.Put, "api/companies/qpdf/settings/billing/logo")
        {
            Content = new ByteArrayContent("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 10"><rect width="30" height="10" fill="#1F4E79"/></svg>"""u8.ToArray()),
        };
        logo.Headers.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await app.Host.Http.SendAsync(logo)).StatusCode);
        var quote = await app.CreatedAsync(key, "api/companies/qpdf/quotes", new { content = SalesSetup.Draft(3), validUntil = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd"), conditions = "Valid for an engagement starting next month." });
        var id = quote.GetProperty("id").GetString()!;
        var sent = await app.OkAsync(key, $"api/companies/qpdf/quotes/{id}/send", new { });

        var response = await app.SendAsync(HttpMethod.Get, $"api/companies/qpdf/quotes/{id}/pdf", key);
        var missing = await app.SendAsync(HttpMethod.Get, "api/companies/qpdf/quotes/quo-nope/pdf", key);

        // No SMTP server in this app: the quote is sent (numbered, PDF stored) and its mail recorded as not sent, with why.
        Assert.Equal("Failed", sent.GetProperty("mail").GetProperty("state").GetString());
        Assert.Contains("SMTP", sent.GetProperty("mail").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        // The customer prefers English; 3 days at 650 + 120.50 travel = 2070.50 net, 2484.60 incl. VAT.
        Assert.Contains("QUOTE", text, StringComparison.Ordinal);
        Assert.Contains(sent.GetProperty("number").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("Valid until", text, StringComparison.Ordinal);
        Assert.Contains("€2,484.60", text, StringComparison.Ordinal);
        Assert.Contains("Valid for an engagement starting next month.", text, StringComparison.Ordinal);
        Assert.Contains("Approval", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scan to pay", text, StringComparison.Ordinal);
        Assert.Empty(document.GetPage(1).GetImages());
    }
}
