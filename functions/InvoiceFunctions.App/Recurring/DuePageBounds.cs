namespace InvoiceFunctions.App.Recurring;

/// <summary>A page of the due index as the run sees it: how many subscriptions, and the index key of the last (null: nothing left).</summary>
public sealed record DuePageBounds(int Count, string? Last);
