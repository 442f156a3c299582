using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Core.Tests.Dunning;

public sealed class DunningBounceRoutingTests
{
    private static readonly DunningPolicy French = DunningPolicy.FrenchDefault(4.15m);

    private static readonly IReadOnlyList<PlannedStep> Plan = DunningPlanner.Plan(French, new DunningInvoice(new DateOnly(2027, 3, 31), 1200.00m, "EUR", BusinessCustomer: true), []);

    [Fact]
    public void Next_WaitForAddress_ThePlanUnchanged()
    {
        var next = Plan[2];

        Assert.Same(next, DunningBounceRouting.Next(French, Plan, next, "reminder-1", new HashSet<string> { "preduenotice", "reminder-1" }));
    }

    [Fact]
    public void Next_Postal_TheBouncedStepAgainByPostOnItsDay_BeforeAnyLaterStep()
    {
        var policy = French with { OnBounce = DunningBounceAction.Postal };

        var next = DunningBounceRouting.Next(policy, Plan, Plan[2], "reminder-1", new HashSet<string> { "preduenotice", "reminder-1" })!;

        Assert.Equal(("reminder-1:postal", DunningChannel.Postal, new DateOnly(2027, 4, 1), DunningStepKind.Reminder), (next.Key, next.Channel, next.Date, next.Kind));
        Assert.Equal("reminder-1", DunningBounceRouting.ResendOf(next));
        Assert.Null(DunningBounceRouting.ResendOf(Plan[1]));
    }

    [Fact]
    public void Next_PostalAfterDays_WaitsThatManyDaysAfterTheBouncedStep()
    {
        var policy = French with { OnBounce = DunningBounceAction.PostalAfterDays, OnBounceDays = 10 };

        var next = DunningBounceRouting.Next(policy, Plan, Plan[2], "reminder-1", new HashSet<string> { "preduenotice", "reminder-1" })!;

        Assert.Equal(("reminder-1:postal", new DateOnly(2027, 4, 11)), (next.Key, next.Date));
    }

    [Fact]
    public void Next_AfterThePostalResend_LaterEmailStepsByPost_OtherChannelsUnchanged()
    {
        var policy = French with { OnBounce = DunningBounceAction.Postal };
        var taken = new HashSet<string> { "preduenotice", "reminder-1", "reminder-1:postal" };

        var reminder = DunningBounceRouting.Next(policy, Plan, Plan[2], "reminder-1", taken)!;
        var collection = DunningBounceRouting.Next(policy, Plan, Plan[^1], "reminder-1", taken)!;

        Assert.Equal(("reminder-2", DunningChannel.Postal, Plan[2].Date), (reminder.Key, reminder.Channel, reminder.Date));
        Assert.Equal(DunningChannel.Webhook, collection.Channel);
        Assert.Null(DunningBounceRouting.Next(policy, Plan, null, "reminder-1", taken));
    }
}
