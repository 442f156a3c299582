using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Ledger.Tests.Ledger;

public sealed class LifecycleMappingTests
{
    [Theory]
    [InlineData(LifecycleStatus.Deposited, InvoiceStatus.Issued)]
    [InlineData(LifecycleStatus.Issued, InvoiceStatus.Sent)]
    [InlineData(LifecycleStatus.Received, InvoiceStatus.Delivered)]
    [InlineData(LifecycleStatus.MadeAvailable, InvoiceStatus.Delivered)]
    [InlineData(LifecycleStatus.TakenOver, InvoiceStatus.Acknowledged)]
    [InlineData(LifecycleStatus.Approved, InvoiceStatus.Acknowledged)]
    [InlineData(LifecycleStatus.PartiallyApproved, InvoiceStatus.Disputed)]
    [InlineData(LifecycleStatus.Disputed, InvoiceStatus.Disputed)]
    [InlineData(LifecycleStatus.Suspended, InvoiceStatus.Disputed)]
    [InlineData(LifecycleStatus.Completed, InvoiceStatus.Acknowledged)]
    [InlineData(LifecycleStatus.Refused, InvoiceStatus.Cancelled)]
    [InlineData(LifecycleStatus.PaymentTransmitted, InvoiceStatus.Paid)]
    [InlineData(LifecycleStatus.Cashed, InvoiceStatus.Paid)]
    [InlineData(LifecycleStatus.Rejected, InvoiceStatus.Cancelled)]
    public void Target_EveryFrenchCode_MapsOntoTheStatusModel(LifecycleStatus code, InvoiceStatus expected) =>
        Assert.Equal(expected, LifecycleMapping.Target(code));

    [Fact]
    public void Target_CoversAllFourteenCodes() =>
        Assert.Equal(Enumerable.Range(200, 14), Enum.GetValues<LifecycleStatus>().Select(c => (int)c));

    [Theory]
    [InlineData(InvoiceStatus.Acknowledged, LifecycleStatus.Received, InvoiceStatus.Acknowledged)]
    [InlineData(InvoiceStatus.Delivered, LifecycleStatus.Issued, InvoiceStatus.Delivered)]
    [InlineData(InvoiceStatus.Sent, LifecycleStatus.Received, InvoiceStatus.Delivered)]
    [InlineData(InvoiceStatus.Acknowledged, LifecycleStatus.Disputed, InvoiceStatus.Disputed)]
    [InlineData(InvoiceStatus.Disputed, LifecycleStatus.Approved, InvoiceStatus.Acknowledged)]
    [InlineData(InvoiceStatus.PartiallyPaid, LifecycleStatus.Cashed, InvoiceStatus.Paid)]
    public void Apply_ProgressNeverStepsBack_OtherCodesAlwaysApply(InvoiceStatus current, LifecycleStatus code, InvoiceStatus expected) =>
        Assert.Equal(expected, LifecycleMapping.Apply(current, code));
}
