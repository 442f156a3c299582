using InvoiceFunctions.Cli;

namespace InvoiceFunctions.App.Tests.Unit;

public sealed class RenderCommandsTests : IDisposable
{
    private const string InvoiceJson = """
        {
          "number": "F-JSON-1", "issueDate": "2026-04-01", "currencyCode": "EUR", "dueDate": "2026-05-01",
          "seller": { "name": "Atelier Bleu SARL", "vatId": "FR40552120222", "legalRegistrationId": { "value": "552120222", "schemeId": "0002" },
                      "address": { "line1": "1 rue Haute", "city": "Lyon", "postCode": "69001", "countryCode": "FR" } },
          "buyer": { "name": "Client Durable SA", "vatId": "FR83391838042", "address": { "line1": "2 avenue Basse", "city": "Nantes", "postCode": "44000", "countryCode": "FR" } },
          "paymentInstructions": { "meansCode": "SepaCreditTransfer", "creditTransfers": [ { "accountId": "FR7630006000011234567890189" } ] },
          "lines": [
            { "id": "1", "quantity": 3, "unitCode": "HUR", "price": { "netPrice": 100 }, "vatCategory": "Standard", "vatRate": 20, "item": { "name": "Conseil" } },
            { "id": "2", "quantity": 1, "unitCode": "C62", "price": { "netPrice": 49.9 }, "vatCategory": "Standard", "vatRate": 5.5, "item": { "name": "Livre" } }
          ]
        }
        """;

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("cli-render-");

    [Fact]
    public async Task Render_JsonToFacturX_ThenExtract_GivesCiiWithComputedTotals()
    {
        var json = Path.Combine(work.FullName, "invoice.json");
        var pdf = Path.Combine(work.FullName, "invoice.pdf");
        var xml = Path.Combine(work.FullName, "invoice.xml");
        await File.WriteAllTextAsync(json, InvoiceJson);

        var (renderCode, renderOutput, _) = await RunAsync("render", json, "--to", "facturx", "--lang", "en", "--out", pdf);
        var (extractCode, extractOutput, _) = await RunAsync("extract", pdf, "--out", xml);

        Assert.Equal(0, renderCode);
        Assert.Contains("invoice F-JSON-1", renderOutput, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-1.7", await File.ReadAllTextAsync(pdf), StringComparison.Ordinal);
        Assert.Equal(0, extractCode);
        Assert.Contains("factur-x.xml, profile EN 16931, invoice F-JSON-1", extractOutput, StringComparison.Ordinal);
        var cii = await File.ReadAllTextAsync(xml);
        Assert.Contains("<ram:DuePayableAmount>412.64</ram:DuePayableAmount>", cii, StringComparison.Ordinal); // 300 + 60 VAT + 49.90 + 2.74 VAT (5.5 % of 49.90 = 2.7445)
    }

    [Fact]
    public async Task Render_WithLogo_DrawsItTopLeft_AndRefusesAnUnsafeOne()
    {
        var json = Path.Combine(work.FullName, "invoice.json");
        var png = Path.Combine(work.FullName, "logo.png");
        var svg = Path.Combine(work.FullName, "fetching.svg");
        var pdf = Path.Combine(work.FullName, "logo.pdf");
        await File.WriteAllTextAsync(json, InvoiceJson);
        using (var bitmap = new SkiaSharp.SKBitmap(90, 30))
        {
            bitmap.Erase(new SkiaSharp.SKColor(0x2E, 0x86, 0x4B));
            using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
            await File.WriteAllBytesAsync(png, data.ToArray());
        }

        await File.WriteAllTextAsync(svg, """<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><image href="http://127.0.0.1:9/x.png" width="9" height="9"/></svg>""");

        var (code, _, _) = await RunAsync("render", json, "--to", "pdf", "--logo", png, "--out", pdf);
        var (refusedCode, _, refused) = await RunAsync("render", json, "--to", "pdf", "--logo", svg, "--out", Path.Combine(work.FullName, "refused.pdf"));
        var (missingCode, _, _) = await RunAsync("render", json, "--to", "pdf", "--logo", Path.Combine(work.FullName, "none.png"), "--out", Path.Combine(work.FullName, "missing.pdf"));

        Assert.Equal(0, code);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var image = Assert.Single(document.GetPage(1).GetImages());
            Assert.Equal((90, 30), (image.WidthInSamples, image.HeightInSamples));
            Assert.InRange(image.BoundingBox.Left, 41, 43);
        }

        Assert.Equal(1, refusedCode);
        Assert.Contains("Cannot use the logo", refused, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work.FullName, "refused.pdf")));
        Assert.Equal(1, missingCode);
    }

    [Fact]
    public async Task Extract_PlainPdf_ExitCode1NeedsManualKeying()
    {
        var json = Path.Combine(work.FullName, "invoice.json");
        var pdf = Path.Combine(work.FullName, "plain.pdf");
        await File.WriteAllTextAsync(json, InvoiceJson);
        await RunAsync("render", json, "--to", "pdf", "--out", pdf);

        var (code, _, error) = await RunAsync("extract", pdf, "--out", Path.Combine(work.FullName, "none.xml"));

        Assert.Equal(1, code);
        Assert.Contains("manual keying", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render", "x.json", "--to", "docx", "--out", "y")]
    [InlineData("render", "x.json", "--to", "pdf")]
    [InlineData("extract", "x.pdf")]
    public async Task RenderOrExtract_BadArguments_ExitCode2(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("Usage", error, StringComparison.Ordinal);
    }

    public void Dispose() => work.Delete(recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
