using InvoiceFunctions.Application;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Ledger.Tests.Support;

namespace InvoiceFunctions.Ledger.Tests.Payments;

/// <summary>Payments and allocations on Azurite: partial payments, credit, refunds, retried and concurrent allocations counted once.</summary>
public sealed class PaymentAllocationTests(StorageFixture fixture) : IClassFixture<StorageFixture>
{
    private readonly LedgerService ledger = fixture.App.Get<LedgerService>();
    private readonly PaymentService payments = fixture.App.Get<PaymentService>();
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task RecordAsync_AllocatedToTwoInvoices_BalancesStatusesAndCredit()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("alloc"));
        var first = await IssuedAsync(company, "FA-1", 100m);
        var second = await IssuedAsync(company, "FA-2", 50m);

        var payment = await payments.RecordAsync(
            company, new NewPayment(200m, "EUR", new DateOnly(2026, 3, 2), PaymentMethod.Cheque, "cheque 42", Allocations: [new(first.Id, 120m), new(second.Id, 30m)]),
            PaymentSource.Api, null, "tester", none);

        Assert.Equal(InvoiceStatus.Paid, (await ledger.GetAsync(company, first.Id, none)).Status);
        var partly = await ledger.GetAsync(company, second.Id, none);
        Assert.Equal(InvoiceStatus.PartiallyPaid, partly.Status);
        Assert.Equal(30m, partly.Balance);
        Assert.Equal(150m, payment.Allocated);
        Assert.Equal(50m, payment.Unallocated);
        Assert.Equal("c1", payment.PartyId);
        Assert.Equal(2, (await payments.AllocationsAsync(company, payment.Id, none)).Count);
        var history = await ledger.HistoryAsync(company, second.Id, none);
        Assert.Equal($"30.00 from payment {payment.Id}", history.Single(e => e.Type == InvoiceEventType.PaymentRecorded).Detail);

        // One allocation per payment and invoice: the same one again changes nothing.
        Assert.Equal(150m, (await payments.AllocateAsync(company, payment.Id, [new(second.Id, 30m)], "tester", none)).Allocated);
        Assert.Equal(30m, (await ledger.GetAsync(company, second.Id, none)).Balance);

        // The credit is used on the next invoice, then the rest refunded; more than is left is refused.
        var third = await IssuedAsync(company, "FA-3", 10m);
        var used = await payments.AllocateAsync(company, payment.Id, [new(third.Id, 12m)], "tester", none);
        Assert.Equal(38m, used.Unallocated);
        await Assert.ThrowsAsync<AllocationException>(() => payments.RefundAsync(company, payment.Id, 38.01m, none));
        Assert.Equal(0m, (await payments.RefundAsync(company, payment.Id, 38m, none)).Unallocated);
    }

    [Fact]
    public async Task AllocateAsync_Retried_CountsOnce()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("retry"));
        var invoice = await IssuedAsync(company, "FA-1", 100m);
        var payment = await payments.RecordAsync(company, new NewPayment(50m, "EUR", new DateOnly(2026, 3, 2), Allocations: []), PaymentSource.Api, null, "t", none);

        var once = await payments.ApplyAsync(company, payment.Id, [new(invoice.Id, 50m)], "t", none);
        var again = await payments.ApplyAsync(company, payment.Id, [new(invoice.Id, 50m)], "t", none);
        var stored = await ledger.GetAsync(company, invoice.Id, none);

        Assert.Equal(50m, once!.Allocated);
        Assert.Equal(50m, again!.Allocated);
        Assert.Equal(50m, stored.Paid);
        Assert.Single(await ledger.HistoryAsync(company, invoice.Id, none), e => e.Type == InvoiceEventType.PaymentRecorded);
    }

    [Fact]
    public async Task AllocateAsync_SameAllocationOnTwoInstancesAtOnce_CountsOnce()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("race"));
        var invoice = await IssuedAsync(company, "FA-1", 1000m);
        var payment = await payments.RecordAsync(company, new NewPayment(10m, "EUR", new DateOnly(2026, 3, 2), Allocations: []), PaymentSource.Api, null, "t", none);
        await using var other = await AppInstance.StartAsync(fixture.Azurite.ConnectionString);
        var services = new[] { payments, other.Get<PaymentService>() };

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => services[i % 2].ApplyAsync(company, payment.Id, [new(invoice.Id, 10m)], "t", none))));

        Assert.Equal(10m, (await ledger.GetAsync(company, invoice.Id, none)).Paid);
        Assert.Equal(10m, (await payments.GetAsync(company, payment.Id, none)).Allocated);
        Assert.Single(await payments.AllocationsAsync(company, payment.Id, none));
    }

    [Fact]
    public async Task RecordAsync_RfReferenceOfAnInvoice_AllocatesWithoutReview()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("rf"));
        var invoice = await IssuedAsync(company, "FA-2026-0007", 240m);
        var reference = CreditorReference.Create("FA-2026-0007").ToPrintFormat();

        var exact = await payments.RecordAsync(company, new NewPayment(288m, "EUR", new DateOnly(2026, 3, 2), Reference: reference), PaymentSource.Api, null, "t", none);
        var unknown = await payments.RecordAsync(company, new NewPayment(13.5m, "EUR", new DateOnly(2026, 3, 2), Reference: "merci"), PaymentSource.Api, null, "t", none);

        Assert.False(exact.NeedsReview);
        Assert.Equal(288m, exact.Allocated);
        Assert.Equal(InvoiceStatus.Paid, (await ledger.GetAsync(company, invoice.Id, none)).Status);
        Assert.True(unknown.NeedsReview);
        Assert.Equal([unknown.Id], (await payments.ListAsync(company, true, 50, null, none)).Items.Select(p => p.Id));
    }

    [Fact]
    public async Task AllocateAsync_MoreThanOwedOrOtherCurrency_RefusedAndNothingWritten()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("refuse"));
        var invoice = await IssuedAsync(company, "FA-1", 10m);
        var payment = await payments.RecordAsync(company, new NewPayment(100m, "EUR", new DateOnly(2026, 3, 2), Allocations: []), PaymentSource.Api, null, "t", none);
        var dollars = await payments.RecordAsync(company, new NewPayment(5m, "USD", new DateOnly(2026, 3, 2), Allocations: []), PaymentSource.Api, null, "t", none);

        var other = await IssuedAsync(company, "FA-2", 10m);
        await Assert.ThrowsAsync<AllocationException>(() => payments.AllocateAsync(company, payment.Id, [new(invoice.Id, 12.01m)], "t", none));
        await Assert.ThrowsAsync<AllocationException>(() => payments.AllocateAsync(company, payment.Id, [new(other.Id, 5m), new(invoice.Id, 12.01m)], "t", none));
        Assert.Equal(0m, (await ledger.GetAsync(company, other.Id, none)).Paid); // refused whole: the first allocation was not written either
        await Assert.ThrowsAsync<AllocationException>(() => payments.AllocateAsync(company, dollars.Id, [new(invoice.Id, 5m)], "t", none));
        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => payments.AllocateAsync(company, payment.Id, [new("", -1m)], "t", none));

        Assert.Equal(0m, (await ledger.GetAsync(company, invoice.Id, none)).Paid);
        Assert.Empty(await payments.AllocationsAsync(company, payment.Id, none));
        Assert.Equal(["allocations[0].invoiceId", "allocations[0].amount"], invalid.Errors.Select(e => e.Path));
    }

    [Fact]
    public async Task AgingAsync_OpenInvoicesAndCredit_BucketsPerCustomer()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("aging"));
        await IssuedAsync(company, "FA-1", 100m, due: new DateOnly(2026, 1, 10)); // 120 open, 50 days late on 1 March
        await IssuedAsync(company, "FA-2", 10m, due: new DateOnly(2026, 4, 1)); // 12, current
        await payments.RecordAsync(company, new NewPayment(30m, "EUR", new DateOnly(2026, 2, 20), PartyId: "c1", Allocations: []), PaymentSource.Api, null, "t", none);

        var report = await fixture.App.Get<ReceivablesService>().AgingAsync(company, InvoiceDirection.Sales, new DateOnly(2026, 3, 1), null, none);

        var row = Assert.Single(report.ByParty);
        Assert.Equal("c1", row.PartyId);
        Assert.Equal(12m, row.Amounts.Current);
        Assert.Equal(-30m, row.Amounts.Days1To30);
        Assert.Equal(120m, row.Amounts.Days31To60);
        Assert.Equal(102m, Assert.Single(report.Totals).Total);
    }

    [Fact]
    public async Task OpenItems_CreditNote_NeitherMatchedAsReceivableNorAgedAsDebt()
    {
        // A credit note carries a positive amount due, but it is money the company owes back (or has already taken off
        // its invoice), never a receivable a bank credit could settle.
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("credit-open"));
        await IssuedAsync(company, "FA-1", 100m, due: new DateOnly(2026, 3, 31));
        await ledger.CreateAsync(
            company, Invoices.Sales(10m, due: new DateOnly(2026, 3, 31)) with { Number = "AV-1", IssueDate = new DateOnly(2026, 3, 2), Source = SourceChannel.Upload, Kind = InvoiceKind.CreditNote }, "t", none);

        var open = await fixture.App.Get<OpenInvoices>().LoadAsync(company, none);
        var report = await fixture.App.Get<ReceivablesService>().AgingAsync(company, InvoiceDirection.Sales, new DateOnly(2026, 3, 10), null, none);

        Assert.Equal("FA-1", Assert.Single(open).Number);
        Assert.Equal(120m, Assert.Single(report.Totals).Total);
    }

    private async Task<LedgerInvoice> IssuedAsync(CompanyId company, string number, decimal net, DateOnly? due = null)
    {
        var dueDate = due ?? new DateOnly(2026, 3, 31);
        return await ledger.CreateAsync(
            company, Invoices.Sales(net, due: dueDate) with { Number = number, IssueDate = dueDate.AddDays(-30), Source = SourceChannel.Upload }, "t", none);
    }
}
