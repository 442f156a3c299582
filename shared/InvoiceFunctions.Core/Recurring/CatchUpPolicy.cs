namespace InvoiceFunctions.Core.Recurring;

/// <summary>What a run does with periods missed while nothing ran (a company setting).</summary>
public enum CatchUpPolicy
{
    /// <summary>Every missed period is invoiced once, oldest first, each with its own dates.</summary>
    AllMissed,

    /// <summary>Only the most recent due period is invoiced; older missed ones are skipped.</summary>
    OnlyLatest,
}
