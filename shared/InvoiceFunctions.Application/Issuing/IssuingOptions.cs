using System.ComponentModel.DataAnnotations;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>Settings of the issue pipeline (section "Issuing").</summary>
public sealed class IssuingOptions
{
    public const string Section = "Issuing";

    /// <summary>How long an invoice may sit at one stage before the sweeper sends its stage message again (the queue lease is 10 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StallAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Test only (never set in the sample or in Azure): the process ends right after this stage's step is written and
    /// before the next stage's message is sent, so the reliability test can prove a crash between stages is recovered.
    /// </summary>
    public IssueStage? CrashAfterStage { get; set; }
}
