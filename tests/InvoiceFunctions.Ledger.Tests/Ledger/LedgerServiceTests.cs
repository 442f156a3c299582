using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Ledger.Tests.Support;

namespace InvoiceFunctions.Ledger.Tests.Ledger;

/// <summary>The ledger on Azurite: invoices, status, history, queries with continuation, concurrency.</summary>
public sealed class LedgerServiceTests(StorageFixture fixture) : IClassFixture<StorageFixture>
{
    private readonly LedgerService ledger = fixture.App.Get<LedgerService>();
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task CreateAsync_SalesWithoutNumber_IsADraftWithACreatedEvent()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("draft"));

        var invoice = await ledger.CreateAsync(company, Invoices.Sales(100m, due: new DateOnly(2026, 4, 30)), "tester", none);
        var stored = await ledger.GetAsync(company, invoice.Id, none);
        var history = await ledger.HistoryAsync(company, invoice.Id, none);

        Assert.Equal(InvoiceStatus.Draft, stored.Status);
        Assert.Null(stored.Number);
        Assert.Equal(120m, stored.Amounts.TaxInclusive);
        Assert.Equal(120m, stored.Balance);
        Assert.Equal(new DateOnly(2026, 4, 30), stored.DueDate);
        Assert.Equal(SourceChannel.Api, stored.Source);
        Assert.Equal([InvoiceEventType.Created], history.Select(e => e.Type));
    }

    [Fact]
    public async Task CreateAsync_UnknownOrWrongKindOfCounterparty_ValidationListsTheField()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("party"));

        var unknown = await Assert.ThrowsAsync<LedgerValidationException>(() => ledger.CreateAsync(company, Invoices.Sales(customer: "nobody"), "t", none));
        var supplierAsCustomer = await Assert.ThrowsAsync<LedgerValidationException>(() => ledger.CreateAsync(company, Invoices.Sales(customer: "s1"), "t", none));
        var badTotals = await Assert.ThrowsAsync<LedgerValidationException>(() =>
            ledger.CreateAsync(company, Invoices.Sales() with { TaxInclusive = 1m }, "t", none));

        Assert.Equal("counterpartyId", Assert.Single(unknown.Errors).Path);
        Assert.Equal("counterpartyId", Assert.Single(supplierAsCustomer.Errors).Path);
        Assert.Contains(badTotals.Errors, e => e.Path == "taxInclusive");
    }

    [Fact]
    public async Task IssueThenLifecycleThenPayments_HistoryRecordsEveryStepInOrder()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("life"));
        var draft = await ledger.CreateAsync(company, Invoices.Sales(100m), "tester", none);

        var issued = await ledger.IssueAsync(company, draft.Id, "F", "tester", none);
        await ledger.ApplyLifecycleAsync(company, draft.Id, LifecycleStatus.Received, "platform", none);
        await ledger.ApplyLifecycleAsync(company, draft.Id, LifecycleStatus.TakenOver, "platform", none);
        await ledger.ApplyLifecycleAsync(company, draft.Id, LifecycleStatus.MadeAvailable, "platform", none); // late: no step back
        var partly = await ledger.RecordPaymentAsync(company, draft.Id, 20m, "bank", none);
        var paid = await ledger.RecordPaymentAsync(company, draft.Id, 100m, "bank", none);
        var history = await ledger.HistoryAsync(company, draft.Id, none);

        Assert.Equal(InvoiceStatus.Issued, issued.Status);
        Assert.Matches(@"^F-\d{4}-000001$", issued.Number);
        Assert.Equal(InvoiceStatus.PartiallyPaid, partly.Status);
        Assert.Equal(100m, partly.Balance);
        Assert.Equal(InvoiceStatus.Paid, paid.Status);
        Assert.Equal(0m, paid.Balance);
        Assert.Equal(LifecycleStatus.MadeAvailable, paid.Lifecycle);
        Assert.Equal(Enumerable.Range(1, 7), history.Select(e => e.Sequence));
        Assert.Equal(
            [InvoiceStatus.Draft, InvoiceStatus.Issued, InvoiceStatus.Delivered, InvoiceStatus.Acknowledged, InvoiceStatus.Acknowledged, InvoiceStatus.PartiallyPaid, InvoiceStatus.Paid],
            history.Select(e => e.StatusAfter));
        await Assert.ThrowsAsync<InvoiceStateException>(() => ledger.IssueAsync(company, draft.Id, "F", "tester", none));
        await Assert.ThrowsAsync<InvoiceStateException>(() => ledger.RecordPaymentAsync(company, draft.Id, 1m, "bank", none));
    }

    [Fact]
    public async Task RecordEventAsync_DeliveryDunningAndCredit_StatusAndHistoryFollow()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("events"));
        var draft = await ledger.CreateAsync(company, Invoices.Sales(100m, due: new DateOnly(2026, 1, 31)), "t", none);
        await ledger.IssueAsync(company, draft.Id, "F", "t", none);

        var sent = await ledger.RecordEventAsync(company, draft.Id, InvoiceEventType.Sent, "mail to ap@c1.test", "delivery", none);
        var bounced = await ledger.RecordEventAsync(company, draft.Id, InvoiceEventType.Bounced, "550 mailbox unknown", "delivery", none);
        var overdue = await ledger.RecordEventAsync(company, draft.Id, InvoiceEventType.Overdue, null, "dunning", none);
        var reminded = await ledger.RecordEventAsync(company, draft.Id, InvoiceEventType.Reminded, "step 1", "dunning", none);
        var paid = await ledger.RecordPaymentAsync(company, draft.Id, 120m, "bank", none);
        var refused = await Assert.ThrowsAsync<InvoiceStateException>(() => ledger.RecordEventAsync(company, draft.Id, InvoiceEventType.Overdue, null, "dunning", none));
        var credited = await ledger.RecordEventAsync(company, draft.Id, InvoiceEventType.Credited, "AV-2026-000001", "t", none);
        var invalid = await Assert.ThrowsAsync<LedgerValidationException>(() => ledger.RecordEventAsync(company, draft.Id, InvoiceEventType.PaymentRecorded, null, "t", none));
        var history = await ledger.HistoryAsync(company, draft.Id, none);

        Assert.Equal(
            [InvoiceStatus.Sent, InvoiceStatus.Sent, InvoiceStatus.Overdue, InvoiceStatus.Overdue, InvoiceStatus.Paid, InvoiceStatus.Credited],
            new[] { sent, bounced, overdue, reminded, paid, credited }.Select(i => i.Status));
        Assert.Equal(InvoiceStatus.Paid, refused.Status);
        Assert.Equal("type", Assert.Single(invalid.Errors).Path);
        Assert.Equal("550 mailbox unknown", history.Single(e => e.Type == InvoiceEventType.Bounced).Detail);
        Assert.Equal(8, history.Count);
    }

    [Fact]
    public async Task RecordEventAsync_FromAnInvoiceReadBeforeAnotherWrite_ReadsItAgainAndKeepsBothWrites()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("known"));
        var draft = await ledger.CreateAsync(company, Invoices.Sales(100m, due: new DateOnly(2026, 1, 31)), "t", none);
        var issued = await ledger.IssueAsync(company, draft.Id, "F", "t", none);

        var current = await ledger.RecordEventAsync(issued, InvoiceEventType.Sent, "mail", "delivery", none);
        await ledger.RecordPaymentAsync(company, draft.Id, 20m, "bank", none); // the version known below is now stale
        var afterStale = await ledger.RecordEventAsync(current, InvoiceEventType.Reminded, "step 1", "dunning", none);
        await ledger.RecordPaymentAsync(company, draft.Id, 100m, "bank", none);
        var refused = await Assert.ThrowsAsync<InvoiceStateException>(() => ledger.RecordEventAsync(afterStale, InvoiceEventType.Reminded, "step 2", "dunning", none));
        var history = await ledger.HistoryAsync(company, draft.Id, none);

        Assert.Equal(100m, afterStale.Balance); // the payment made after the read is kept
        Assert.Equal(InvoiceStatus.Paid, refused.Status);
        Assert.Equal(
            [InvoiceEventType.Created, InvoiceEventType.Issued, InvoiceEventType.Sent, InvoiceEventType.PaymentRecorded, InvoiceEventType.Reminded, InvoiceEventType.PaymentRecorded],
            history.Select(e => e.Type));
    }

    [Fact]
    public async Task RecordPaymentAsync_TwentyConcurrentPaymentsOnTwoInstances_NoneLost()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("race"));
        await using var second = await AppInstance.StartAsync(fixture.Azurite.ConnectionString);
        var invoice = await ledger.CreateAsync(company, Invoices.Purchase("SUP-1", net: 1000m), "tester", none);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? ledger : second.Get<LedgerService>()).RecordPaymentAsync(company, invoice.Id, 10m, $"payer-{i}", none)));
        var stored = await ledger.GetAsync(company, invoice.Id, none);
        var history = await ledger.HistoryAsync(company, invoice.Id, none);

        Assert.Equal(200m, stored.Paid);
        Assert.Equal(1000m, stored.Balance);
        Assert.Equal(21, stored.EventCount);
        Assert.Equal(Enumerable.Range(1, 21), history.Select(e => e.Sequence));
        Assert.Equal(20, history.Count(e => e.Type == InvoiceEventType.PaymentRecorded));
    }

    [Fact]
    public async Task QueryAsync_ByStatusCustomerAndDueRange_PagesWithContinuation()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("query"));
        await fixture.App.Get<Application.Contacts.ContactService>().AddAsync(
            company, new Application.Contacts.NewParty("c2", Application.Contacts.PartyRole.Customer, "Customer Two", null, null, null, "FR"), none);
        var march = Enumerable.Range(1, 5).Select(d => new DateOnly(2026, 3, d * 5)).ToList();
        foreach (var due in march)
        {
            await ledger.CreateAsync(company, Invoices.Sales(due: due), "t", none);
        }

        var other = await ledger.CreateAsync(company, Invoices.Sales(customer: "c2", due: new DateOnly(2026, 3, 12)), "t", none);
        await ledger.CreateAsync(company, Invoices.Purchase("P-9"), "t", none);

        var pages = await AllPagesAsync(company, new InvoiceQuery(Status: InvoiceStatus.Draft, CounterpartyId: "c1", PageSize: 2));
        var inRange = await AllPagesAsync(company, new InvoiceQuery(DueFrom: new DateOnly(2026, 3, 10), DueTo: new DateOnly(2026, 3, 20), PageSize: 2));
        var issued = await AllPagesAsync(company, new InvoiceQuery(Status: InvoiceStatus.Issued));

        Assert.True(pages.Count >= 3, "five results in pages of two");
        Assert.All(pages, p => Assert.True(p.Count <= 2));
        Assert.Equal(march, pages.SelectMany(p => p).Select(i => i.DueDate!.Value).Order());
        Assert.Equal([new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 15), new DateOnly(2026, 3, 20)], inRange.SelectMany(p => p).Select(i => i.DueDate!.Value).Order());
        Assert.Contains(inRange.SelectMany(p => p), i => i.Id == other.Id);
        Assert.Equal("P-9", Assert.Single(issued.SelectMany(p => p)).Number);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("%%% ###")]
    public async Task QueryAsync_MalformedContinuation_ValidationError(string continuation)
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("token"));
        await ledger.CreateAsync(company, Invoices.Sales(), "t", none);

        var refused = await Assert.ThrowsAsync<LedgerValidationException>(() => ledger.QueryAsync(company, new InvoiceQuery(Continuation: continuation), none));

        Assert.Equal("query.continuation", Assert.Single(refused.Errors).Path);
    }

    private async Task<List<IReadOnlyList<LedgerInvoice>>> AllPagesAsync(CompanyId company, InvoiceQuery query)
    {
        var pages = new List<IReadOnlyList<LedgerInvoice>>();
        string? continuation = null;
        do
        {
            var page = await ledger.QueryAsync(company, query with { Continuation = continuation }, none);
            pages.Add(page.Items);
            continuation = page.Continuation;
        }
        while (continuation is not null);
        return pages;
    }
}
