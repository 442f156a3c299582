using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Core.Benchmarks;

/// <summary>Invoices of a given line count, made from the official CII example 1 (its lines repeated, totals recomputed).</summary>
public static class SampleInvoices
{
    public static Invoice WithLines(int count)
    {
        var example = InvoiceXml.Read(File.ReadAllText(ExamplePath())).Invoice;
        var lines = Enumerable.Range(0, count).Select(i => example.Lines[i % example.Lines.Count] with { Id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        return InvoiceCalculator.Complete(example with { Lines = lines });
    }

    private static string ExamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "conformance", "cii", "examples", "CII_example1.xml");
            if (File.Exists(Path.Combine(dir.FullName, "InvoiceFunctions.sln")) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("../shared/conformance/cii/examples/CII_example1.xml beside the repository.");
    }
}
