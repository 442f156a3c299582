using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// An invoice's dunning as the ledger has it now: why it ends (<see cref="Stop"/>: paid, credited...), whether it is
/// paused (disputed, or its last reminder bounced: <see cref="PauseReason"/>), and the next planned step not taken yet under the
/// pauses given.
/// </summary>
/// <param name="TimeZone">The IANA id of the policy's time zone, whose local days the plan's days are.</param>
public sealed record DunningLoad(string? Stop, bool Paused, PlannedStep? Next, int StepsTaken, int StepsPlanned, decimal AmountDue, string? PauseReason = null, string? TimeZone = null);
