namespace InvoiceFunctions.LocalHost.Timers;

/// <summary>The schedule monitor's record for a timer, as the Functions host keeps it: last run, next due, last update.</summary>
public sealed record TimerStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
