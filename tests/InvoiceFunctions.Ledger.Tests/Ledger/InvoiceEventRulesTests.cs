using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Ledger.Tests.Ledger;

public sealed class InvoiceEventRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Theory]
    [InlineData(InvoiceStatus.Issued, InvoiceEventType.Sent, InvoiceStatus.Sent)]
    [InlineData(InvoiceStatus.Acknowledged, InvoiceEventType.Sent, InvoiceStatus.Acknowledged)]
    [InlineData(InvoiceStatus.Sent, InvoiceEventType.Bounced, InvoiceStatus.Sent)]
    [InlineData(InvoiceStatus.Issued, InvoiceEventType.DeliveryFailed, InvoiceStatus.Issued)]
    [InlineData(InvoiceStatus.Sent, InvoiceEventType.Overdue, InvoiceStatus.Overdue)]
    [InlineData(InvoiceStatus.PartiallyPaid, InvoiceEventType.Overdue, InvoiceStatus.Overdue)]
    [InlineData(InvoiceStatus.Overdue, InvoiceEventType.Reminded, InvoiceStatus.Overdue)]
    [InlineData(InvoiceStatus.Delivered, InvoiceEventType.Disputed, InvoiceStatus.Disputed)]
    [InlineData(InvoiceStatus.Draft, InvoiceEventType.Cancelled, InvoiceStatus.Cancelled)]
    [InlineData(InvoiceStatus.Paid, InvoiceEventType.Credited, InvoiceStatus.Credited)]
    [InlineData(InvoiceStatus.Draft, InvoiceEventType.Rendered, InvoiceStatus.Draft)]
    public void StatusAfter_Allowed_GivesTheStatus(InvoiceStatus current, InvoiceEventType type, InvoiceStatus expected) =>
        Assert.Equal(expected, InvoiceEventRules.StatusAfter(Invoice(current), type, Today));

    [Theory]
    [InlineData(InvoiceStatus.Draft, InvoiceEventType.Sent)]
    [InlineData(InvoiceStatus.Draft, InvoiceEventType.DeliveryFailed)]
    [InlineData(InvoiceStatus.Issued, InvoiceEventType.Cancelled)]
    [InlineData(InvoiceStatus.Paid, InvoiceEventType.Overdue)]
    [InlineData(InvoiceStatus.Paid, InvoiceEventType.Reminded)]
    [InlineData(InvoiceStatus.Disputed, InvoiceEventType.Overdue)]
    [InlineData(InvoiceStatus.Cancelled, InvoiceEventType.Credited)]
    [InlineData(InvoiceStatus.Credited, InvoiceEventType.Rendered)]
    [InlineData(InvoiceStatus.Issued, InvoiceEventType.Issued)]
    public void StatusAfter_NotAllowed_Null(InvoiceStatus current, InvoiceEventType type) =>
        Assert.Null(InvoiceEventRules.StatusAfter(Invoice(current), type, Today));

    [Fact]
    public void StatusAfter_OverdueBeforeTheDueDateOrWithNothingDue_Null()
    {
        Assert.Null(InvoiceEventRules.StatusAfter(Invoice(InvoiceStatus.Sent) with { DueDate = Today }, InvoiceEventType.Overdue, Today));
        Assert.Null(InvoiceEventRules.StatusAfter(Invoice(InvoiceStatus.Sent) with { Paid = 120m }, InvoiceEventType.Overdue, Today));
    }

    private static LedgerInvoice Invoice(InvoiceStatus status) => new(
        CompanyId.Parse("acme"), "inv-1", InvoiceDirection.Sales, "F-2026-000001", "F", status, null, "c1", "acme", new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1),
        new InvoiceAmounts("EUR", 100m, 20m, 120m, 120m), 0m, SourceChannel.Api, [], null, 2, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
