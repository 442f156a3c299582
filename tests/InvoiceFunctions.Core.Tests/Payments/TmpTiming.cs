using System.Diagnostics;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Matching;
using Xunit.Abstractions;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class TmpTiming(ITestOutputHelper output)
{
    [Fact]
    public void Time()
    {
        var invoices = Enumerable.Range(0, 100_000).Select(i => MatchingData.Invoice($"inv{i}", $"FA-2026-{i:000000}", $"c{i % 20000}", $"Customer {i % 20000:00000} SAS", 100m + (i % 5000) + 0.25m, new DateOnly(2026, 1, 1).AddDays(i % 60), rf: CreditorReference.Create($"FA2026{i:000000}").Value)).ToList();
        var pays = Enumerable.Range(0, 10_000).Select(i => (i % 4) switch
        {
            0 => MatchingData.Pay(100m + (i % 5000) + 0.25m, rf: CreditorReference.Create($"FA2026{i:000000}").Value),
            1 => MatchingData.Pay(100m + (i % 5000) + 0.25m, text: $"facture fa 2026 {i:000000}"),
            2 => MatchingData.Pay(100m + (i % 5000) + 0.25m, name: $"SARL CUSTOMER {i % 20000:00000}"),
            _ => MatchingData.Pay(7.77m, name: $"Payer {i}", text: "don"),
        }).ToList();
        var sw = Stopwatch.StartNew();
        var r = PaymentMatcher.Match(pays, invoices);
        output.WriteLine($"10k x 100k: {sw.ElapsedMilliseconds} ms, auto {r.AutoAllocated.Count}");
    }
}
