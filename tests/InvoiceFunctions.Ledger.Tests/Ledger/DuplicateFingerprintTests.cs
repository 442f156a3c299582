using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Ledger.Tests.Support;

namespace InvoiceFunctions.Ledger.Tests.Ledger;

/// <summary>Duplicate fingerprints (seller, number, date, total) with the company's warn or block policy.</summary>
public sealed class DuplicateFingerprintTests(StorageFixture fixture) : IClassFixture<StorageFixture>
{
    private readonly LedgerService ledger = fixture.App.Get<LedgerService>();
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task CreateAsync_SameFingerprintUnderWarn_RecordedAndMarked()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("warn"));

        var first = await ledger.CreateAsync(company, Invoices.Purchase("SUP-1"), "t", none);
        var second = await ledger.CreateAsync(company, Invoices.Purchase("sup-1 "), "t", none);
        var history = await ledger.HistoryAsync(company, second.Id, none);

        Assert.Null(first.DuplicateOf);
        Assert.Equal(first.Id, second.DuplicateOf);
        Assert.Equal(first.Id, (await ledger.GetAsync(company, second.Id, none)).DuplicateOf);
        Assert.Equal([InvoiceEventType.Created, InvoiceEventType.DuplicateSuspected], history.Select(e => e.Type));
    }

    [Fact]
    public async Task CreateAsync_SameFingerprintUnderBlock_RefusedNamingTheFirst_OtherTotalOrDateAccepted()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("block"));
        await ledger.SaveSettingsAsync(company, new LedgerSettings(DuplicatePolicy.Block), none);
        var first = await ledger.CreateAsync(company, Invoices.Purchase("SUP-1"), "t", none);

        var refused = await Assert.ThrowsAsync<DuplicateInvoiceException>(() => ledger.CreateAsync(company, Invoices.Purchase("SUP-1"), "t", none));
        var otherTotal = await ledger.CreateAsync(company, Invoices.Purchase("SUP-1", net: 101m), "t", none);
        var otherDate = await ledger.CreateAsync(company, Invoices.Purchase("SUP-1", issued: new DateOnly(2026, 3, 2)), "t", none);
        var invoices = await ledger.QueryAsync(company, new InvoiceQuery(CounterpartyId: "s1"), none);

        Assert.Equal(first.Id, refused.ExistingInvoiceId);
        Assert.Null(otherTotal.DuplicateOf);
        Assert.Null(otherDate.DuplicateOf);
        Assert.Equal(3, invoices.Items.Count);
    }

    [Fact]
    public async Task CreateAsync_SameNumberInAnotherCompany_NotADuplicate()
    {
        var a = await fixture.App.CompanyAsync(fixture.NewCompanyId("fp-a"));
        var b = await fixture.App.CompanyAsync(fixture.NewCompanyId("fp-b"));
        await ledger.SaveSettingsAsync(b, new LedgerSettings(DuplicatePolicy.Block), none);

        await ledger.CreateAsync(a, Invoices.Purchase("SUP-1"), "t", none);
        var inB = await ledger.CreateAsync(b, Invoices.Purchase("SUP-1"), "t", none);

        Assert.Null(inB.DuplicateOf);
    }
}
