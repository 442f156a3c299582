namespace InvoiceFunctions.App.Dunning;

/// <summary>The orchestration's custom status: where it stands, its next step and when, what is still due.</summary>
/// <param name="State">Waiting (for the next step), Paused (disputed), Retrying (a step failed after its retries; the error in <paramref name="Detail"/>, tried again a plan day later) or Stopped (the reason in <paramref name="Detail"/>).</param>
public sealed record DunningProgress(string State, string? NextStep, DateTime? NextAt, int StepsTaken, int StepsPlanned, decimal AmountDue, string? Detail = null);
