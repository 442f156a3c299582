namespace InvoiceFunctions.App.Recurring;

/// <summary>A subscription a run bills, and the day it bills up to.</summary>
public sealed record DueSubscription(string Company, string Id, DateOnly Day);
