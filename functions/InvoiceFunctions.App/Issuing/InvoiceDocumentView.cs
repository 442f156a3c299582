using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.App.Issuing;

/// <summary>A stored draft, the EN 16931 document it composes to and every rule it breaks.</summary>
public sealed record InvoiceDocumentView(
    InvoiceView Invoice, InvoiceDraft Draft, InvoiceKind Kind, PrecedingInvoiceReference? Corrects, Invoice Document, bool IsValid, IReadOnlyList<RuleFailure> Failures);
