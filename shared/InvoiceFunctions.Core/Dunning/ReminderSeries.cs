namespace InvoiceFunctions.Core.Dunning;

/// <summary>
/// Plain reminders: the first <see cref="FirstDaysAfterDue"/> days after the due date, then every <see cref="EveryDays"/> days, at
/// most <see cref="MaxCount"/>; by webhook, to the <see cref="Connector"/> named (null: every enabled webhook connector).
/// </summary>
public sealed record ReminderSeries(int FirstDaysAfterDue, int EveryDays, int MaxCount, DunningChannel Channel = DunningChannel.Email, string? Connector = null);
