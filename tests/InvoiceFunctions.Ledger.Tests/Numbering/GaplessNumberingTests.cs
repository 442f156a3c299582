using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Ledger.Tests.Support;

namespace InvoiceFunctions.Ledger.Tests.Numbering;

/// <summary>Gapless numbering per company, series and year, under concurrency, on Azurite.</summary>
public sealed class GaplessNumberingTests(StorageFixture fixture) : IClassFixture<StorageFixture>
{
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task IssueAsync_TwentyParallelIssuersOnTwoInstances_NumbersOneToTwentyWithoutGapOrDuplicate()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("gapless"));
        await using var second = await AppInstance.StartAsync(fixture.Azurite.ConnectionString);
        var instances = new[] { fixture.App.Get<LedgerService>(), second.Get<LedgerService>() };
        var drafts = new List<LedgerInvoice>();
        for (var i = 0; i < 20; i++)
        {
            drafts.Add(await instances[0].CreateAsync(company, Invoices.Sales(10m + i), "t", none));
        }

        var issued = await Task.WhenAll(drafts.Select((d, i) => instances[i % 2].IssueAsync(company, d.Id, "F", $"issuer-{i}", none)));
        var stored = await Task.WhenAll(drafts.Select(d => instances[0].GetAsync(company, d.Id, none)));

        var year = DateTime.UtcNow.Year;
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"F-{year}-{n:000000}"), issued.Select(i => i.Number!).Order());
        Assert.Equal(issued.Select(i => i.Number).Order(), stored.Select(i => i.Number).Order());
        Assert.All(stored, i => Assert.Equal(InvoiceStatus.Issued, i.Status));
    }

    [Fact]
    public async Task IssueAsync_FortyAtOnceWithRefusalsAndRepeats_NumbersOneToFortyEachOnce()
    {
        // A fresh instance, so the issues wait at its gate together and are numbered in groups; purchases (refused)
        // and a second issue of the same invoice sit among them and must not consume or repeat a number.
        await using var instance = await AppInstance.StartAsync(fixture.Azurite.ConnectionString);
        var ledger = instance.Get<LedgerService>();
        var company = await instance.CompanyAsync(fixture.NewCompanyId("groups"));
        var sales = new List<LedgerInvoice>();
        for (var i = 0; i < 40; i++)
        {
            sales.Add(await ledger.CreateAsync(company, Invoices.Sales(10m + i), "t", none));
        }

        var purchases = new List<LedgerInvoice>();
        for (var i = 0; i < 3; i++)
        {
            purchases.Add(await ledger.CreateAsync(company, Invoices.Purchase($"SUP-{i}"), "t", none));
        }

        var calls = sales.Concat(purchases).Concat(sales.Take(5)).ToList();
        var outcomes = await Task.WhenAll(calls.Select(async invoice =>
        {
            try
            {
                return (invoice.Id, Number: (await ledger.IssueAsync(company, invoice.Id, "F", "t", none)).Number, Refused: false);
            }
            catch (InvoiceStateException)
            {
                return (invoice.Id, Number: (string?)null, Refused: true);
            }
        }));
        var stored = await Task.WhenAll(sales.Select(d => ledger.GetAsync(company, d.Id, none)));

        var year = DateTime.UtcNow.Year;
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"F-{year}-{n:000000}"), outcomes.Where(o => !o.Refused).Select(o => o.Number!).Order());
        Assert.Equal(8, outcomes.Count(o => o.Refused));
        Assert.All(purchases, p => Assert.True(outcomes.Single(o => o.Id == p.Id).Refused));
        Assert.Equal(outcomes.Where(o => !o.Refused).ToDictionary(o => o.Id, o => o.Number), stored.ToDictionary(s => s.Id, s => s.Number));
        Assert.All(stored, s => Assert.Equal(InvoiceStatus.Issued, s.Status));
    }

    [Fact]
    public async Task IssueAsync_InstancesTakingTurns_EachStartsFromTheCounterTheOtherMoved()
    {
        // Each instance remembers the counter it wrote last; the other's write in between must make it read again,
        // never reuse or skip a number.
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("turns"));
        await using var second = await AppInstance.StartAsync(fixture.Azurite.ConnectionString);
        var instances = new[] { fixture.App.Get<LedgerService>(), second.Get<LedgerService>() };
        var numbers = new List<string>();

        foreach (var instance in new[] { 0, 0, 1, 0, 1, 1, 0 })
        {
            var draft = await instances[instance].CreateAsync(company, Invoices.Sales(), "t", none);
            numbers.Add((await instances[instance].IssueAsync(company, draft.Id, "F", "t", none)).Number![^6..]);
        }

        Assert.Equal(["000001", "000002", "000003", "000004", "000005", "000006", "000007"], numbers);
    }

    [Fact]
    public async Task IssueAsync_SeriesAndCompaniesCountApart()
    {
        var a = await fixture.App.CompanyAsync(fixture.NewCompanyId("series-a"));
        var b = await fixture.App.CompanyAsync(fixture.NewCompanyId("series-b"));
        var ledger = fixture.App.Get<LedgerService>();

        async Task<string> IssueAsync(Application.Companies.CompanyId company, string series) =>
            (await ledger.IssueAsync(company, (await ledger.CreateAsync(company, Invoices.Sales(), "t", none)).Id, series, "t", none)).Number!;

        var numbers = new[] { await IssueAsync(a, "F"), await IssueAsync(a, "F"), await IssueAsync(a, "AV"), await IssueAsync(b, "F") };

        Assert.Equal(["000001", "000002", "000001", "000001"], numbers.Select(n => n[^6..]));
        Assert.StartsWith("AV-", numbers[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssueAsync_RefusedIssue_ConsumesNoNumber()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("refused"));
        var ledger = fixture.App.Get<LedgerService>();
        var purchase = await ledger.CreateAsync(company, Invoices.Purchase("SUP-77"), "t", none);

        await Assert.ThrowsAsync<InvoiceStateException>(() => ledger.IssueAsync(company, purchase.Id, "F", "t", none));
        await Assert.ThrowsAsync<LedgerValidationException>(() => ledger.IssueAsync(company, purchase.Id, "bad series!", "t", none));
        var next = await ledger.IssueAsync(company, (await ledger.CreateAsync(company, Invoices.Sales(), "t", none)).Id, "F", "t", none);

        Assert.EndsWith("-000001", next.Number, StringComparison.Ordinal);
    }
}
