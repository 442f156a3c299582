using InvoiceFunctions.Application.Dunning;

namespace InvoiceFunctions.App.Dunning;

/// <summary>A step taken: its idempotency key (<c>{instance}:{step}</c>), what was sent to whom by which channel, and how it ended.</summary>
public sealed record DunningStepView(
    string Key, string Step, string Kind, string State, int DaysLate, decimal AmountDue, string? Receiver, string? MessageId, string? Detail, DateTimeOffset At, string Channel, string? Connector = null)
{
    public static DunningStepView From(DunningStepRecord r) =>
        new(r.IdempotencyKey, r.StepKey, r.Kind.ToString(), r.State.ToString(), r.DaysLate, r.AmountDue, r.Receiver, r.MessageId, r.Detail, r.CreatedAt, r.Channel.ToString(), r.Connector);
}
