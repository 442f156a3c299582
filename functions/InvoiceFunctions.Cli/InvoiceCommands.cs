using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Validation;
using InvoiceFunctions.Rendering;
using InvoiceFunctions.Rendering.FacturX;

namespace InvoiceFunctions.Cli;

/// <summary>
/// <c>validate FILE [--profile en16931|france]</c> and <c>convert FILE --to cii|ubl [--profile P] --out OUT</c>, for
/// CII or UBL XML and Factur-X PDFs: the same reader, rule engine and writers as the app.
/// </summary>
public static class InvoiceCommands
{
    public const string Usage = """
          validate FILE [--profile en16931|france]
                                  Check a CII or UBL invoice (or the XML inside a Factur-X PDF) against the
                                  EN 16931 rules (and the French 2026 mentions): every failure with its rule id,
                                  field path and message; exit 0 only when valid.
          convert FILE --to cii|ubl [--profile minimum|basicwl|basic|en16931|extended] --out OUT
                                  Write the invoice in the other syntax (CII as a Factur-X profile, UBL as
                                  Peppol BIS Billing 3.0) from the same model.
        """;

    public static async Task<int> ValidateAsync(string[] args, TextWriter output, TextWriter error)
    {
        var options = CommandOptions.Parse(args);
        if (options.File is null || options.Get("--profile") is not (null or "en16931" or "france"))
        {
            await error.WriteLineAsync("Usage: validate FILE [--profile en16931|france]");
            return 2;
        }

        var read = await ReadAsync(options.File, error);
        if (read is null)
        {
            return 1;
        }

        var report = InvoiceXml.Validate(read, options.Get("--profile") == "france" ? ValidationProfile.France : ValidationProfile.En16931);
        foreach (var failure in report.Failures)
        {
            await output.WriteLineAsync($"{failure.Severity} {failure.RuleId} {failure.Path}: {failure.Message}");
        }

        foreach (var unsupported in read.Unsupported)
        {
            await output.WriteLineAsync($"not read: {unsupported}");
        }

        await output.WriteLineAsync(report.IsValid ? $"{options.File}: valid (invoice {read.Invoice.Number})" : $"{options.File}: invalid, {report.Failures.Count(f => f.Severity == RuleSeverity.Fatal)} fatal failure(s)");
        return report.IsValid ? 0 : 1;
    }

    public static async Task<int> ConvertAsync(string[] args, TextWriter output, TextWriter error)
    {
        var options = CommandOptions.Parse(args);
        if (options.File is null || options.Get("--out") is not { } target || options.Get("--to") is not ("cii" or "ubl"))
        {
            await error.WriteLineAsync("Usage: convert FILE --to cii|ubl [--profile P] --out OUT");
            return 2;
        }

        if (!Enum.TryParse<CiiProfile>(options.Get("--profile") ?? "en16931", ignoreCase: true, out var profile))
        {
            await error.WriteLineAsync($"Unknown profile '{options.Get("--profile")}'.");
            return 2;
        }

        var read = await ReadAsync(options.File, error);
        if (read is null)
        {
            return 1;
        }

        var syntax = options.Get("--to") == "cii" ? InvoiceSyntax.Cii : InvoiceSyntax.Ubl;
        await File.WriteAllTextAsync(target, InvoiceXml.Write(read.Invoice, syntax, profile));
        foreach (var unsupported in read.Unsupported)
        {
            await error.WriteLineAsync($"warning: not carried over: {unsupported}");
        }

        await output.WriteLineAsync($"{target}: {syntax} of invoice {read.Invoice.Number}");
        return 0;
    }

    private static async Task<InvoiceReadResult?> ReadAsync(string file, TextWriter error)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(file);
            if (bytes.AsSpan().StartsWith("%PDF"u8))
            {
                var extraction = FacturXReader.Read(bytes);
                if (extraction.Read is null)
                {
                    await error.WriteLineAsync($"{file}: no readable invoice XML in this PDF ({extraction.Status}{(extraction.Error is null ? "" : ": " + extraction.Error)}).");
                }

                return extraction.Read;
            }

            using var stream = new MemoryStream(bytes);
            return InvoiceXml.Read(stream);
        }
        catch (Exception e) when (e is InvoiceFormatException or System.Xml.XmlException or RenderingException or IOException)
        {
            await error.WriteLineAsync($"Cannot read {file}: {e.Message}");
            return null;
        }
    }
}
