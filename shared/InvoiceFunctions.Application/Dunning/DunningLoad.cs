using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// An invoice's dunning as the ledger has it now: why it ends (<see cref="Stop"/>: paid, credited...), whether it is
/// paused (disputed or suspended), and the next planned step not taken yet under the pauses given.
/// </summary>
public sealed record DunningLoad(string? Stop, bool Paused, PlannedStep? Next, int StepsTaken, int StepsPlanned, decimal AmountDue);
