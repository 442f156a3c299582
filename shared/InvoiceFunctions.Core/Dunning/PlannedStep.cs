namespace InvoiceFunctions.Core.Dunning;

/// <summary>
/// A step the plan will take: what, on which company-local day, by which channel, with which fees. <see cref="Key"/>
/// names the step within the invoice's dunning ("reminder-2"); with the instance id it is the idempotency key
/// of the step's effect. <see cref="Connector"/>: the one webhook connector a webhook step goes to (null: every enabled one).
/// </summary>
public sealed record PlannedStep(int Sequence, string Key, DunningStepKind Kind, DateOnly Date, DunningChannel Channel, int DaysLate, decimal Interest, decimal RecoveryIndemnity, string? Connector = null)
{
    public decimal Fees => Interest + RecoveryIndemnity;
}
