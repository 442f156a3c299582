namespace InvoiceFunctions.Application.Intake.Batch;

/// <summary>One invoice of a batch, made into CII (imported like any XML), or refused with its row as JSON (quarantined).</summary>
/// <param name="Label">"{index}:{number}", the name it is imported or quarantined under.</param>
public sealed record BatchEntry(string Label, byte[] Content, IntakeRefusal? Refusal);
