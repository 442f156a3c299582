using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.App.Tests.Unit.Delivery;

public sealed class DeliveryPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_NoAttempt_StartsAttemptOne() =>
        Assert.Equal(new DeliveryStep(DeliveryStepKind.Start, 1), DeliveryPlanner.Plan([], "m1", DeliveryReason.Issued));

    [Theory]
    [InlineData(DeliveryState.Queued, false, DeliveryStepKind.Resume)]
    [InlineData(DeliveryState.Sending, false, DeliveryStepKind.Reconcile)]
    [InlineData(DeliveryState.Sent, false, DeliveryStepKind.CompleteLedger)]
    [InlineData(DeliveryState.Failed, false, DeliveryStepKind.CompleteLedger)]
    [InlineData(DeliveryState.Bounced, false, DeliveryStepKind.CompleteLedger)]
    [InlineData(DeliveryState.Sent, true, DeliveryStepKind.Settled)]
    [InlineData(DeliveryState.Failed, true, DeliveryStepKind.Settled)]
    [InlineData(DeliveryState.Unconfirmed, true, DeliveryStepKind.Settled)]
    [InlineData(DeliveryState.Unconfirmed, false, DeliveryStepKind.Settled)]
    public void Plan_RetriedRequest_FollowsItsOwnAttempt(DeliveryState state, bool ledgerRecorded, DeliveryStepKind expected)
    {
        var step = DeliveryPlanner.Plan([Attempt(1, "m1", state, ledgerRecorded)], "m1", DeliveryReason.Issued);

        Assert.Equal(expected, step.Kind);
        Assert.Equal(1, step.Attempt);
    }

    [Theory]
    [InlineData(DeliveryState.Sent)]
    [InlineData(DeliveryState.Sending)]
    [InlineData(DeliveryState.Failed)]
    [InlineData(DeliveryState.Unconfirmed)]
    public void Plan_OtherIssuedRequestAfterAnyAttempt_IsDuplicate(DeliveryState state) =>
        Assert.Equal(DeliveryStepKind.Duplicate, DeliveryPlanner.Plan([Attempt(1, "m1", state, true)], "m2", DeliveryReason.Issued).Kind);

    [Fact]
    public void Plan_Resend_StartsTheNextAttempt() =>
        Assert.Equal(
            new DeliveryStep(DeliveryStepKind.Start, 3),
            DeliveryPlanner.Plan([Attempt(1, "m1", DeliveryState.Sent, true), Attempt(2, "m2", DeliveryState.Unconfirmed, true)], "m3", DeliveryReason.Resend));

    [Fact]
    public void Plan_RetriedResend_ResumesItsAttemptNotANewOne() =>
        Assert.Equal(
            DeliveryStepKind.Settled,
            DeliveryPlanner.Plan([Attempt(1, "m1", DeliveryState.Sent, true), Attempt(2, "m2", DeliveryState.Sent, true)], "m2", DeliveryReason.Resend).Kind);

    private static DeliveryRecord Attempt(int attempt, string request, DeliveryState state, bool ledgerRecorded) =>
        new(CompanyId.Parse("acme"), "inv-1", DeliveryChannel.Email, attempt, attempt == 1 ? DeliveryReason.Issued : DeliveryReason.Resend, request, state,
            "a@b.example", $"inv-1.{attempt}@x.example", null, ledgerRecorded, Now, Now, null);
}
