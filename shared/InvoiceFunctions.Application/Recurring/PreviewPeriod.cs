namespace InvoiceFunctions.Application.Recurring;

/// <summary>One coming invoice of a subscription: the period it covers (BG-14), its date, and the instant its run is due.</summary>
public sealed record PreviewPeriod(int Sequence, DateOnly Start, DateOnly LastDay, DateOnly InvoiceDate, bool IsPartial, DateTimeOffset RunsAt);
