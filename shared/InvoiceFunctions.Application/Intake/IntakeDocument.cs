using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Intake;

/// <summary>A file that came in through a door, with the key that makes its import happen once.</summary>
/// <param name="Name">The name it came with (blob name, attachment file name); informative only: the format is read from the content.</param>
/// <param name="SourceKey">
/// Identifies this input at its door (blob name + version, Message-ID + content hash + part, partner + webhook id): the
/// same key never creates a second invoice or quarantine item.
/// </param>
public sealed record IntakeDocument(string Name, ReadOnlyMemory<byte> Content, SourceChannel Channel, string SourceKey);
