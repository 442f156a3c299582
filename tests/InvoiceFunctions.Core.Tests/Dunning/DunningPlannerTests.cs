using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Core.Tests.Dunning;

public sealed class DunningPlannerTests
{
    // ECB refinancing rate 4.15 % + 10 points.
    private static readonly DunningPolicy French = DunningPolicy.FrenchDefault(4.15m);

    private static readonly DunningInvoice Unpaid = new(new DateOnly(2027, 3, 31), 1200.00m, "EUR", BusinessCustomer: true);

    [Fact]
    public void Plan_UnpaidInvoice_FullFrenchSequenceOnWeekdays()
    {
        var plan = DunningPlanner.Plan(French, Unpaid, []);

        Assert.Equal(
            [
                ("preduenotice", "2027-03-26"),
                ("reminder-1", "2027-04-01"),
                ("reminder-2", "2027-04-08"),
                ("reminder-3", "2027-04-15"),
                ("firmreminder", "2027-04-30"),
                ("formalnotice", "2027-05-17"), // 45 days after is Saturday 15 May
                ("collection", "2027-05-31"), // 60 days after is Sunday 30 May
            ],
            plan.Select(s => (s.Key, s.Date.ToString("yyyy-MM-dd"))));
        Assert.Equal(Enumerable.Range(1, 7), plan.Select(s => s.Sequence));
    }

    [Fact]
    public void Plan_FormalNotice_ChargesInterestForTheDaysLateAndTheIndemnityOnce()
    {
        var plan = DunningPlanner.Plan(French, Unpaid, []);

        var notice = plan.Single(s => s.Kind == DunningStepKind.FormalNotice);
        // 1200.00 x 14.15 % x 47 / 365 = 21.8646... -> 21.86
        Assert.Equal(47, notice.DaysLate);
        Assert.Equal(21.86m, notice.Interest);
        Assert.Equal(40m, notice.RecoveryIndemnity);
        Assert.Equal(DunningChannel.Postal, notice.Channel);
        Assert.Equal(40m, plan.Sum(s => s.RecoveryIndemnity));
        Assert.All(plan.Where(s => s.Kind != DunningStepKind.FormalNotice), s => Assert.Equal(0m, s.Fees));
    }

    [Fact]
    public void Plan_ConsumerCustomer_NoRecoveryIndemnity()
    {
        var plan = DunningPlanner.Plan(French, Unpaid with { BusinessCustomer = false }, []);

        Assert.Equal(0m, plan.Sum(s => s.RecoveryIndemnity));
        Assert.Equal(21.86m, plan.Single(s => s.Kind == DunningStepKind.FormalNotice).Interest);
    }

    [Fact]
    public void Plan_PartialPayment_ContinuesWithInterestOnTheBalance()
    {
        var plan = DunningPlanner.Plan(French, Unpaid with { AmountDue = 500m }, []);

        // 500.00 x 14.15 % x 47 / 365 = 9.1102... -> 9.11
        Assert.Equal(7, plan.Count);
        Assert.Equal(9.11m, plan.Single(s => s.Kind == DunningStepKind.FormalNotice).Interest);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void Plan_NothingDue_NoSteps(decimal due) => Assert.Empty(DunningPlanner.Plan(French, Unpaid with { AmountDue = due }, []));

    [Fact]
    public void Plan_ClosedDispute_ShiftsLaterStepsByItsLength()
    {
        var plan = DunningPlanner.Plan(French, Unpaid, [new DunningPause(new DateOnly(2027, 4, 5), new DateOnly(2027, 4, 15))]);

        Assert.Equal(
            ["2027-03-26", "2027-04-01", "2027-04-19", "2027-04-26", "2027-05-10", "2027-05-25", "2027-06-09"],
            plan.Select(s => s.Date.ToString("yyyy-MM-dd")));
        // 55 days late on 25 May: 1200.00 x 14.15 % x 55 / 365 = 25.586... -> 25.59
        Assert.Equal(25.59m, plan.Single(s => s.Kind == DunningStepKind.FormalNotice).Interest);
    }

    [Fact]
    public void Plan_OpenDispute_HoldsEveryStepFromItsStart()
    {
        var plan = DunningPlanner.Plan(French, Unpaid, [new DunningPause(new DateOnly(2027, 4, 10), null)]);

        Assert.Equal(["preduenotice", "reminder-1", "reminder-2"], plan.Select(s => s.Key));
    }

    [Fact]
    public void Plan_DueAtMonthEnd_WithoutWeekendSkipping_CountsCalendarDays()
    {
        var policy = French with { SkipWeekends = false };

        var plan = DunningPlanner.Plan(policy, Unpaid with { DueDate = new DateOnly(2027, 1, 31) }, []);

        Assert.Equal(new DateOnly(2027, 3, 2), plan.Single(s => s.Kind == DunningStepKind.FirmReminder).Date);
        Assert.Equal(new DateOnly(2027, 3, 17), plan.Single(s => s.Kind == DunningStepKind.FormalNotice).Date);
        Assert.Equal(new DateOnly(2027, 1, 26), plan.Single(s => s.Kind == DunningStepKind.PreDueNotice).Date);
    }

    [Fact]
    public void NextStep_SkipsWhatIsDone()
    {
        var plan = DunningPlanner.Plan(French, Unpaid, []);

        Assert.Equal("reminder-2", DunningPlanner.NextStep(plan, new HashSet<string> { "preduenotice", "reminder-1" })!.Key);
        Assert.Null(DunningPlanner.NextStep(plan, plan.Select(s => s.Key).ToHashSet()));
    }

    [Theory]
    [InlineData(1000, 14.15, 0, 0)]
    [InlineData(1000, 14.15, 1, 0.39)]
    [InlineData(1000, 14.15, 365, 141.5)]
    [InlineData(250.5, 12, 30, 2.47)]
    public void LateInterest_PerDayOnTheAmountDue(decimal amount, decimal rate, int days, decimal expected) =>
        Assert.Equal(expected, DunningPlanner.LateInterest(amount, rate, days));

    [Fact]
    public void Stale_StartedLongAfterTheDueDate_AllDueStepsButTheLatestAreStale()
    {
        var plan = DunningPlanner.Plan(French, Unpaid, []);

        var stale = DunningPlanner.Stale(plan, new HashSet<string>(), new DateOnly(2027, 4, 20));

        Assert.Equal(["preduenotice", "reminder-1", "reminder-2"], stale.Select(s => s.Key));
        Assert.Equal("reminder-3", DunningPlanner.NextStep(plan, stale.Select(s => s.Key).ToHashSet())!.Key);
    }

    [Theory]
    [InlineData("2027-03-01")] // started before any step
    [InlineData("2027-03-26")] // started on the notice's day: one step due, none stale
    public void Stale_StartedInTime_NothingStale(string startDay)
    {
        var plan = DunningPlanner.Plan(French, Unpaid, []);

        Assert.Empty(DunningPlanner.Stale(plan, new HashSet<string>(), DateOnly.Parse(startDay, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Stale_StepsAlreadyTaken_AreNotStaleAgain()
    {
        var plan = DunningPlanner.Plan(French, Unpaid, []);

        var stale = DunningPlanner.Stale(plan, new HashSet<string> { "preduenotice", "reminder-1" }, new DateOnly(2027, 4, 9));

        Assert.Empty(stale);
    }

    [Fact]
    public void Plan_WebhookConnectorNamedByARuleOrTheSeries_CarriedByItsSteps()
    {
        var policy = French with
        {
            Steps = [new(DunningStepKind.Collection, 60, DunningChannel.Webhook, Connector: "recouvreur")],
            Reminders = new ReminderSeries(1, 7, 2, DunningChannel.Webhook, "crm"),
        };

        var plan = DunningPlanner.Plan(policy, Unpaid, []);

        Assert.Equal([("reminder-1", "crm"), ("reminder-2", "crm"), ("collection", "recouvreur")], plan.Select(s => (s.Key, s.Connector)));
    }
}
