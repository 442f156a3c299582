using System.Net;
using System.Net.Http.Headers;
using Azure.Storage.Blobs;
using InvoiceFunctions.Testing;
using SkiaSharp;
using UglyToad.PdfPig;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>The logo is frozen with the document at validation: a render after the company changed its logo draws the old one.</summary>
public sealed class FrozenLogoTests : IAsyncLifetime
{
    private const string Company = "frozen";
    private readonly ProductApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task LogoChangedBetweenValidationAndRender_IssuedInvoiceDrawsTheLogoItWasValidatedWith()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, Company);
        var red = Png(120, 40, new SKColor(0xC0, 0x39, 0x2B));
        var blue = Png(60, 60, new SKColor(0x1F, 0x4E, 0x79));
        await PutLogoAsync(key, red);
        var before = await IssueAsync(key);

        // The next host ends right after validation (the snapshot frozen, red logo); while it is down the company's logo becomes blue
        // (dropped into the templates container, read like an upload), then a new host renders the invoice.
        var pending = (await app.CreatedAsync(key, $"api/companies/{Company}/invoices", SalesSetup.Draft(1))).GetProperty("id").GetString()!;
        app.HostSettings["Issuing__CrashAfterStage"] = "Validate";
        await app.RestartHostAsync();
        await ProductApp.ExpectAsync(HttpStatusCode.Accepted, await app.SendAsync(HttpMethod.Post, $"api/companies/{Company}/invoices/{pending}/issue", key, new { }));
        Assert.True(await app.Host.WaitForExitAsync(TimeSpan.FromMinutes(1)) != 0, "the host should have crashed after validation");
        await new BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("templates").GetBlobClient($"{Company}/logo.png")
            .UploadAsync(BinaryData.FromBytes(blue), overwrite: true);
        app.HostSettings.Remove("Issuing__CrashAfterStage");
        await app.RestartHostAsync();
        var rendered = await FacturXAsync(key, pending);
        var after = await IssueAsync(key);

        var (redImage, redSize) = Logo(before);
        Assert.Equal((120, 40), redSize);
        Assert.Equal(redImage, Logo(rendered).Bytes);
        Assert.Equal((60, 60), Logo(after).Size);
        Assert.Equal(blue, await (await app.SendAsync(HttpMethod.Get, $"api/companies/{Company}/settings/billing/logo", key)).Content.ReadAsByteArrayAsync());
    }

    private async Task<byte[]> IssueAsync(string key)
    {
        var id = (await app.CreatedAsync(key, $"api/companies/{Company}/invoices", SalesSetup.Draft(1))).GetProperty("id").GetString()!;
        await ProductApp.ExpectAsync(HttpStatusCode.Accepted, await app.SendAsync(HttpMethod.Post, $"api/companies/{Company}/invoices/{id}/issue", key, new { }));
        return await FacturXAsync(key, id);
    }

    private async Task<byte[]> FacturXAsync(string key, string id)
    {
        await Eventually.HoldsAsync(
            async () => (await app.OkAsync(key, $"api/companies/{Company}/invoices/{id}")).GetProperty("status").GetString() == "Issued", TimeSpan.FromMinutes(2), $"{id} issued");
        return await (await app.SendAsync(HttpMethod.Get, $"api/companies/{Company}/invoices/{id}/documents/facturx", key)).Content.ReadAsByteArrayAsync();
    }

    private async Task PutLogoAsync(string key, byte[] png)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"api/companies/{Company}/settings/billing/logo") { Content = new ByteArrayContent(png) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await app.Host.Http.SendAsync(request)).StatusCode);
    }

    /// <summary>The first page's only image: its stored bytes and its size in samples.</summary>
    private static (byte[] Bytes, (int, int) Size) Logo(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        return (image.RawBytes.ToArray(), (image.WidthInSamples, image.HeightInSamples));
    }

    private static byte[] Png(int width, int height, SKColor color)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
