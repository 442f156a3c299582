namespace InvoiceFunctions.Core.Dunning;

/// <summary>
/// One fixed step of a policy, <see cref="DaysFromDue"/> days from the due date (negative: before it).
/// Fees: French late-payment interest on the amount due and the fixed recovery indemnity (business customers).
/// <see cref="Connector"/>: a webhook step sent to that webhook connector only (null: every enabled one).
/// </summary>
public sealed record DunningStepRule(
    DunningStepKind Kind,
    int DaysFromDue,
    DunningChannel Channel = DunningChannel.Email,
    bool ChargesInterest = false,
    bool ChargesRecoveryIndemnity = false,
    string? Connector = null);
