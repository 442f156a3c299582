namespace InvoiceFunctions.Core.Dunning;

/// <summary>Plain reminders: the first <see cref="FirstDaysAfterDue"/> days after the due date, then every <see cref="EveryDays"/> days, at most <see cref="MaxCount"/>.</summary>
public sealed record ReminderSeries(int FirstDaysAfterDue, int EveryDays, int MaxCount, DunningChannel Channel = DunningChannel.Email);
