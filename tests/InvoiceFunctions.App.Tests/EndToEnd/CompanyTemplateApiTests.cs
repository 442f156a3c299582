using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using InvoiceFunctions.Testing;
using SkiaSharp;
using UglyToad.PdfPig;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>The company template from storage: logo door (checked, replaced, removed), font and hidden fields, drawn on the issued invoice.</summary>
public sealed class CompanyTemplateApiTests : IAsyncLifetime
{
    private const string Logo = "api/companies/tpl/settings/billing/logo";
    private readonly ProductApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task LogoFontHiddenFields_FromSettingsAndTemplatesContainer_OnTheIssuedInvoice()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "tpl");
        var profile = JsonNode.Parse((await app.OkAsync(key, "api/companies/tpl/settings/billing")).GetRawText())!.AsObject();
        profile["font"] = "LiberationSerif";
        profile["hiddenFields"] = new JsonArray("PaymentQrCode");
        await app.ExpectOkAsync(HttpMethod.Put, "api/companies/tpl/settings/billing", key, profile);
        var badField = await app.SendAsync(HttpMethod.Put, "api/companies/tpl/settings/billing", key, new { hiddenFields = new[] { "All" } });

        // Refused logos: not an image, an SVG fetching a URL, too large. Each a 400 problem naming the logo.
        var gif = await PutLogoAsync(key, "GIF89a\x01\x00\x01\x00"u8.ToArray());
        var fetching = await PutLogoAsync(key, Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><image href="http://127.0.0.1:9/x.png" width="9" height="9"/></svg>"""));
        var tooLarge = await PutLogoAsync(key, new byte[600 * 1024]);
        var none = await app.SendAsync(HttpMethod.Get, Logo, key);

        // An SVG first, then replaced by a PNG: one logo remains, the PNG.
        var svg = await ProductApp.ExpectAsync(HttpStatusCode.OK, await PutLogoAsync(key, Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#C0392B"/></svg>""")));
        var png = LogoPng();
        var saved = await ProductApp.ExpectAsync(HttpStatusCode.OK, await PutLogoAsync(key, png));
        var read = await app.SendAsync(HttpMethod.Get, Logo, key);

        Assert.Equal(HttpStatusCode.BadRequest, badField.StatusCode);
        foreach (var refused in new[] { gif, fetching, tooLarge })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal("logo", (await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, fetching)).GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("Svg", svg.GetProperty("format").GetString());
        Assert.Equal("Png", saved.GetProperty("format").GetString());
        Assert.Equal("image/png", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await read.Content.ReadAsByteArrayAsync());

        // Issue: the Factur-X PDF carries the PNG logo, is set in Liberation Serif and has no QR code.
        var draft = await app.CreatedAsync(key, "api/companies/tpl/invoices", SalesSetup.Draft(2));
        var id = draft.GetProperty("id").GetString()!;
        await ProductApp.ExpectAsync(HttpStatusCode.Accepted, await app.SendAsync(HttpMethod.Post, $"api/companies/tpl/invoices/{id}/issue", key, new { }));
        await Eventually.HoldsAsync(
            async () => (await app.OkAsync(key, $"api/companies/tpl/invoices/{id}")).GetProperty("status").GetString() == "Issued", TimeSpan.FromMinutes(2), $"{id} issued");
        var pdf = await (await app.SendAsync(HttpMethod.Get, $"api/companies/tpl/invoices/{id}/documents/facturx", key)).Content.ReadAsByteArrayAsync();

        using (var document = PdfDocument.Open(pdf))
        {
            var page = document.GetPage(1);
            var image = Assert.Single(page.GetImages());
            Assert.Equal((120, 40), (image.WidthInSamples, image.HeightInSamples));
            Assert.InRange(image.BoundingBox.Left, 41, 43);
            Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l => Assert.Contains("LiberationSerif", l.FontName, StringComparison.Ordinal));
            Assert.DoesNotContain("Scan to pay", page.Text, StringComparison.Ordinal);
            Assert.Contains("INVOICE", page.Text, StringComparison.Ordinal);
        }

        // Removed: a second delete finds nothing.
        Assert.Equal(HttpStatusCode.NoContent, (await app.SendAsync(HttpMethod.Delete, Logo, key)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.SendAsync(HttpMethod.Delete, Logo, key)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.SendAsync(HttpMethod.Get, Logo, key)).StatusCode);
    }

    private Task<HttpResponseMessage> PutLogoAsync(string key, byte[] bytes)
    {
        // The declared type is wrong on purpose: the format is told from the bytes.
        var request = new HttpRequestMessage(HttpMethod.Put, Logo) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return app.Host.Http.SendAsync(request);
    }

    private static byte[] LogoPng()
    {
        using var bitmap = new SKBitmap(120, 40);
        bitmap.Erase(new SKColor(0xC0, 0x39, 0x2B));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
