namespace InvoiceFunctions.Core.Dunning;

/// <summary>
/// A company's dunning policy, as data. Dates fall on company-local days; with <see cref="SkipWeekends"/> a
/// step due on a Saturday or Sunday moves to the Monday after.
/// </summary>
/// <param name="AnnualInterestRatePercent">Late-payment interest rate; in France at least the ECB refinancing rate + 10 points.</param>
/// <param name="RecoveryIndemnity">Fixed indemnity for recovery costs owed by business customers (40 EUR in France, art. D441-5).</param>
/// <param name="TimeZone">IANA id of the company's time zone: plan days are its local days, steps fall due at 09:00 local time.</param>
/// <param name="PaymentLink">The company's online payment page for the reminders, an https URL where {number}, {reference} (RF),
/// {amount} (0.00) and {currency} are filled in; null: no link.</param>
/// <param name="SkipStaleSteps">A dunning that starts late (an imported invoice, one issued past its due date) skips the steps
/// whose day had already come, but the latest; false: it takes them all, back to back.</param>
/// <param name="OnBounce">A bounced e-mail step: hold for a corrected address (the default), or re-send it by post (at once, or
/// <paramref name="OnBounceDays"/> days after its day when no address came meanwhile).</param>
public sealed record DunningPolicy(
    string Name,
    IReadOnlyList<DunningStepRule> Steps,
    ReminderSeries? Reminders,
    bool SkipWeekends,
    decimal AnnualInterestRatePercent,
    decimal RecoveryIndemnity = 40m,
    string TimeZone = DunningPolicy.DefaultTimeZone,
    string? PaymentLink = null,
    bool SkipStaleSteps = true,
    DunningBounceAction OnBounce = DunningBounceAction.WaitForAddress,
    int OnBounceDays = 0)
{
    public const string DefaultTimeZone = "Europe/Paris";

    /// <summary>
    /// The French default: a notice 5 days before the due date, reminders 1, 8 and 15 days after, a firm reminder
    /// at 30 days, a formal notice by post at 45 days with interest and the 40 EUR indemnity, collection at 60.
    /// </summary>
    public static DunningPolicy FrenchDefault(decimal ecbRatePercent) => new(
        "fr-default",
        [
            new(DunningStepKind.PreDueNotice, -5),
            new(DunningStepKind.FirmReminder, 30),
            new(DunningStepKind.FormalNotice, 45, DunningChannel.Postal, ChargesInterest: true, ChargesRecoveryIndemnity: true),
            new(DunningStepKind.Collection, 60, DunningChannel.Webhook),
        ],
        new ReminderSeries(1, 7, 3),
        SkipWeekends: true,
        AnnualInterestRatePercent: ecbRatePercent + 10m);
}
