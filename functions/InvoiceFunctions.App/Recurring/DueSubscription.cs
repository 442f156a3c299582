namespace InvoiceFunctions.App.Recurring;

/// <summary>A subscription a run bills, and the run's instant (each company's zone tells which periods have begun by then).</summary>
public sealed record DueSubscription(string Company, string Id, DateTimeOffset At);
