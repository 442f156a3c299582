using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Core.Formats;

/// <summary>What a reader made of a document.</summary>
/// <param name="Invoice">The invoice model (fields missing from the document are empty or zero).</param>
/// <param name="MissingMandatory">Mandatory EN 16931 elements absent from the document, as failures of their rule (BR-02, BR-12...).</param>
/// <param name="Unsupported">Paths of elements present in the document that the model does not carry (reported, not silently dropped).</param>
public sealed record InvoiceReadResult(Invoice Invoice, IReadOnlyList<RuleFailure> MissingMandatory, IReadOnlyList<string> Unsupported);
