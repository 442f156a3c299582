namespace InvoiceFunctions.Application.Intake.Batch;

/// <summary>One invoice of a batch, made into a Factur-X PDF (imported like any other), or refused with its row as JSON (quarantined).</summary>
/// <param name="Label">The file name it is imported or quarantined under ("facture-{number}.pdf", or "invoices[{index}].json").</param>
public sealed record BatchEntry(string Label, byte[] Content, IntakeRefusal? Refusal);
