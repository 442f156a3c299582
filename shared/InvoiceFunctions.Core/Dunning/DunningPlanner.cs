using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Core.Dunning;

/// <summary>
/// The dunning plan as a pure function of the policy, the invoice's state and its disputes: which steps, on
/// which days, with which fees. Nothing is due, nothing is planned; a closed dispute shifts every later step by
/// its length; an open one holds every step from its start.
/// </summary>
public static class DunningPlanner
{
    public static IReadOnlyList<PlannedStep> Plan(DunningPolicy policy, DunningInvoice invoice, IReadOnlyList<DunningPause> pauses)
    {
        if (invoice.AmountDue <= 0m)
        {
            return [];
        }

        var rules = new List<(DunningStepKind Kind, int Days, DunningChannel Channel, bool Interest, bool Indemnity, string Key, string? Connector)>();
        foreach (var step in policy.Steps)
        {
            rules.Add((step.Kind, step.DaysFromDue, step.Channel, step.ChargesInterest, step.ChargesRecoveryIndemnity, step.Kind.ToString().ToLowerInvariant(), step.Connector));
        }

        if (policy.Reminders is { } series)
        {
            for (var i = 0; i < series.MaxCount; i++)
            {
                rules.Add((DunningStepKind.Reminder, series.FirstDaysAfterDue + (i * series.EveryDays), series.Channel, false, false, $"reminder-{i + 1}", series.Connector));
            }
        }

        var planned = new List<PlannedStep>();
        var indemnityCharged = false;
        foreach (var rule in rules.OrderBy(r => r.Days).ThenBy(r => r.Kind))
        {
            var date = Shift(invoice.DueDate.AddDays(rule.Days), pauses);
            if (date is null)
            {
                continue;
            }

            var day = policy.SkipWeekends ? NextWeekday(date.Value) : date.Value;
            var daysLate = Math.Max(0, day.DayNumber - invoice.DueDate.DayNumber);
            var interest = rule.Interest ? LateInterest(invoice.AmountDue, policy.AnnualInterestRatePercent, daysLate) : 0m;
            var indemnity = rule.Indemnity && invoice.BusinessCustomer && !indemnityCharged ? policy.RecoveryIndemnity : 0m;
            indemnityCharged |= indemnity > 0m;
            planned.Add(new PlannedStep(planned.Count + 1, rule.Key, rule.Kind, day, rule.Channel, daysLate, interest, indemnity, rule.Connector));
            if (rule.Kind == DunningStepKind.Collection)
            {
                break;
            }
        }

        return planned;
    }

    /// <summary>French late-payment interest: amount × annual rate × days late / 365, rounded to the cent.</summary>
    public static decimal LateInterest(decimal amountDue, decimal annualRatePercent, int daysLate) =>
        daysLate <= 0 ? 0m : Money.Round2(amountDue * annualRatePercent / 100m * daysLate / 365m);

    /// <summary>The first step of <paramref name="plan"/> not yet done, given the keys already done.</summary>
    public static PlannedStep? NextStep(IReadOnlyList<PlannedStep> plan, IReadOnlySet<string> doneKeys) =>
        plan.FirstOrDefault(step => !doneKeys.Contains(step.Key));

    /// <summary>
    /// The steps not taken yet whose day had already come when the dunning started on <paramref name="startDay"/> (an invoice
    /// imported or issued late): all but the latest of them are stale and skipped, so a late start sends the one step that
    /// fits how late the invoice is, not every earlier one at once.
    /// </summary>
    public static IReadOnlyList<PlannedStep> Stale(IReadOnlyList<PlannedStep> plan, IReadOnlySet<string> doneKeys, DateOnly startDay)
    {
        var due = plan.Where(step => step.Date <= startDay && !doneKeys.Contains(step.Key)).ToList();
        return due.Count <= 1 ? [] : due[..^1];
    }

    private static DateOnly? Shift(DateOnly date, IReadOnlyList<DunningPause> pauses)
    {
        foreach (var pause in pauses.OrderBy(p => p.From))
        {
            if (pause.From > date)
            {
                break;
            }

            if (pause.Until is null)
            {
                return null;
            }

            date = date.AddDays(pause.Days);
        }

        return date;
    }

    private static DateOnly NextWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };
}
