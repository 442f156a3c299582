using System.Text.Json;
using System.Text.Json.Serialization;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Totals;
using InvoiceFunctions.Rendering;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.Cli;

/// <summary>
/// <c>render FILE --to pdf|facturx [--lang fr|en] [--profile P] [--logo IMAGE] --out OUT</c> from an invoice in JSON (the
/// core model; totals computed), CII or UBL (totals as declared), and <c>extract FILE.pdf --out OUT.xml</c>.
/// </summary>
public static class RenderCommands
{
    public const string Usage = """
          render FILE --to pdf|facturx [--lang fr|en] [--profile minimum|basicwl|basic|en16931|extended]
                 [--logo IMAGE] --out OUT
                                  Render an invoice (JSON of the core model, CII or UBL XML) as a PDF or a
                                  Factur-X PDF/A-3b (default profile en16931, language fr), with the logo
                                  IMAGE (PNG, JPEG or SVG, checked as the API's logo door checks it).
          extract FILE.pdf --out OUT.xml
                                  Write the invoice XML embedded in a Factur-X / ZUGFeRD / XRechnung PDF;
                                  exit 1 when the PDF has none (it needs manual keying).
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<int> RenderAsync(string[] args, TextWriter output, TextWriter error)
    {
        var options = CommandOptions.Parse(args);
        if (options.File is null || options.Get("--out") is not { } target || options.Get("--to") is not ("pdf" or "facturx") || options.Get("--lang") is not (null or "fr" or "en"))
        {
            await error.WriteLineAsync("Usage: render FILE --to pdf|facturx [--lang fr|en] [--profile P] [--logo IMAGE] --out OUT");
            return 2;
        }

        if (!Enum.TryParse<CiiProfile>(options.Get("--profile") ?? "en16931", ignoreCase: true, out var profile))
        {
            await error.WriteLineAsync($"Unknown profile '{options.Get("--profile")}'.");
            return 2;
        }

        Invoice invoice;
        try
        {
            invoice = await LoadAsync(options.File, error);
        }
        catch (Exception e) when (e is InvoiceFormatException or JsonException or System.Xml.XmlException or IOException)
        {
            await error.WriteLineAsync($"Cannot read {options.File}: {e.Message}");
            return 1;
        }

        var logo = ReadOnlyMemory<byte>.Empty;
        if (options.Get("--logo") is { } logoFile)
        {
            try
            {
                logo = await ReadLogoAsync(logoFile);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                await error.WriteLineAsync($"Cannot use the logo {logoFile}: {e.Message}");
                return 1;
            }
        }

        var render = new RenderOptions
        {
            Language = options.Get("--lang") == "en" ? DocumentLanguage.English : DocumentLanguage.French,
            Template = CompanyTemplate.Default with { Logo = logo },
        };
        var pdf = options.Get("--to") == "facturx" ? FacturXWriter.Write(invoice, profile, render) : InvoicePdfRenderer.Render(invoice, render);
        await File.WriteAllBytesAsync(target, pdf);
        await output.WriteLineAsync($"{target}: {pdf.Length} bytes, invoice {invoice.Number}");
        return 0;
    }

    public static async Task<int> ExtractAsync(string[] args, TextWriter output, TextWriter error)
    {
        var options = CommandOptions.Parse(args);
        if (options.File is null || options.Get("--out") is not { } target)
        {
            await error.WriteLineAsync("Usage: extract FILE.pdf --out OUT.xml");
            return 2;
        }

        FacturXExtraction extraction;
        try
        {
            extraction = FacturXReader.Read(await File.ReadAllBytesAsync(options.File));
        }
        catch (Exception e) when (e is RenderingException or IOException)
        {
            await error.WriteLineAsync($"Cannot read {options.File}: {e.Message}");
            return 1;
        }

        switch (extraction.Status)
        {
            case FacturXStatus.NoXml:
                await error.WriteLineAsync($"{options.File}: no embedded invoice XML; the invoice needs manual keying.");
                return 1;
            case FacturXStatus.Unreadable:
                await File.WriteAllTextAsync(target, extraction.Xml ?? string.Empty);
                await error.WriteLineAsync($"{options.File}: {extraction.AttachmentName} found but unreadable: {extraction.Error}");
                return 1;
            default:
                await File.WriteAllTextAsync(target, extraction.Xml);
                foreach (var warning in extraction.Warnings)
                {
                    await error.WriteLineAsync($"warning: {warning}");
                }

                await output.WriteLineAsync($"{target}: {extraction.AttachmentName}, profile {FacturXLevel.ConformanceLevel(extraction.Profile!.Value)}, invoice {extraction.Read!.Invoice.Number}");
                return 0;
        }
    }

    /// <summary>The logo's bytes, refused for the same reasons as an upload to the API (format, size, an SVG referring outside itself).</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadLogoAsync(string file)
    {
        if (new FileInfo(file).Length > LogoImage.MaxBytes)
        {
            throw new InvalidDataException($"larger than {LogoImage.MaxBytes / 1024} KiB.");
        }

        var bytes = await File.ReadAllBytesAsync(file);
        return LogoImage.Problem(bytes) is { } problem ? throw new InvalidDataException(problem) : bytes;
    }

    private static async Task<Invoice> LoadAsync(string file, TextWriter error)
    {
        var text = await File.ReadAllTextAsync(file);
        if (text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{'))
        {
            var draft = JsonSerializer.Deserialize<Invoice>(text, Json) ?? throw new JsonException("Empty JSON document.");
            return InvoiceCalculator.Complete(draft);
        }

        var read = InvoiceXml.Read(text);
        foreach (var missing in read.MissingMandatory)
        {
            await error.WriteLineAsync($"warning: {missing.RuleId} {missing.Message}");
        }

        return read.Invoice;
    }
}
