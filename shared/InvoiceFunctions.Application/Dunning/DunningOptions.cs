using System.ComponentModel.DataAnnotations;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>Section "Dunning".</summary>
public sealed class DunningOptions
{
    public const string Section = "Dunning";

    /// <summary>
    /// The ECB main refinancing rate the French default policy adds 10 points to (Code de commerce L441-10: the
    /// rate of the ECB's most recent operation). Update it when the ECB moves; companies may also set their own rate.
    /// </summary>
    [Range(typeof(decimal), "0", "20")]
    public decimal EcbRatePercent { get; set; } = 2.15m;

    /// <summary>
    /// How long one day of a dunning plan lasts on the orchestrations' durable timers: a real day in production; tests and
    /// the demo shorten it (for example 2 seconds) to run a whole policy in minutes. Read when an instance starts.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan DayLength { get; set; } = TimeSpan.FromDays(1);

    /// <summary>False: issued invoices start no dunning (test hosts of other features, whose invoices may be past due).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Test only: the process ends right after the SMTP server accepted a reminder, before the step is marked sent.</summary>
    public bool CrashAfterSend { get; set; }
}
