using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.App.Dunning;

/// <summary>
/// The input an invoice's dunning carries from one execution to the next (it continues as new after each wake-up, so
/// its history stays short): the clock fixed at the first start, the disputes closed so far and the one still open.
/// </summary>
/// <param name="DayLength">One plan day on the durable timers (Dunning__DayLength when it started).</param>
/// <param name="Epoch">When the first execution started: the plan's <paramref name="Anchor"/> day starts then.</param>
/// <param name="PausedSince">The plan day a dispute or suspension (still open) began.</param>
public sealed record DunningRun(
    string Company,
    string InvoiceId,
    TimeSpan DayLength,
    DateTime? Epoch = null,
    DateOnly? Anchor = null,
    IReadOnlyList<DunningPause>? Pauses = null,
    DateOnly? PausedSince = null)
{
    /// <summary>The closed pauses and the open one, as the plan takes them.</summary>
    public IReadOnlyList<DunningPause> AllPauses() =>
        [.. Pauses ?? [], .. PausedSince is { } since ? [new DunningPause(since, null)] : Array.Empty<DunningPause>()];
}
