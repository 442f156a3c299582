namespace InvoiceFunctions.App.Recurring;

/// <summary>A page of a run: the due-index keys after <see cref="After"/> up to <see cref="Through"/> included (null: the next <see cref="Size"/>), billed at the run's instant.</summary>
public sealed record BillingPage(string RunId, DateTimeOffset At, int Size, string? After, string? Through);
