namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// One company's dunning digest of one company-local day (table DunningDigests): the steps taken that day, the invoices
/// that became overdue (due the day before, still open), and where the mail went (null: nothing to tell, or not sent).
/// The row is claimed before the mail leaves, so a day's digest is sent at most once.
/// </summary>
public sealed record DunningDigest(string Company, DateOnly Day, int Steps, int BecameOverdue, string? SentTo, DateTimeOffset CreatedAt);
