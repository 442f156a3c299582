using BenchmarkDotNet.Attributes;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Formats.Ubl;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Core.Benchmarks;

/// <summary>Write, read and validate per invoice, for 10 and 200 lines (the target: write + validate of 10 lines under 100 µs).</summary>
[MemoryDiagnoser]
public class FormatBenchmarks
{
    private Invoice invoice = null!;
    private string cii = "";
    private string ubl = "";

    [Params(10, 200)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        invoice = SampleInvoices.WithLines(Lines);
        cii = CiiWriter.Write(invoice, CiiProfile.En16931);
        ubl = UblWriter.Write(invoice);
    }

    [Benchmark]
    public string WriteCii() => CiiWriter.Write(invoice, CiiProfile.En16931);

    [Benchmark]
    public string WriteUbl() => UblWriter.Write(invoice);

    [Benchmark]
    public InvoiceReadResult ReadCii() => CiiReader.Read(cii);

    [Benchmark]
    public InvoiceReadResult ReadUbl() => UblReader.Read(ubl);

    [Benchmark]
    public ValidationReport Validate() => InvoiceValidator.Validate(invoice, ValidationProfile.En16931);

    [Benchmark]
    public bool WriteCiiAndValidate() => CiiWriter.Write(invoice, CiiProfile.En16931).Length > 0 && InvoiceValidator.Validate(invoice, ValidationProfile.En16931).IsValid;
}
