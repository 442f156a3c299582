using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// A draft as stored (write-once, under its SHA-256): the request with the catalogue's names, prices and rates
/// filled in when it was saved, so the price a customer was quoted does not move with the catalogue.
/// </summary>
/// <param name="Corrects">For a credit note, the invoice it credits (BG-3: number and issue date).</param>
/// <param name="Snapshot">Set by the validate stage: what the document is composed from from then on.</param>
public sealed record DocumentDraft(InvoiceDraft Draft, InvoiceKind Kind = InvoiceKind.Invoice, PrecedingInvoiceReference? Corrects = null, IssueSnapshot? Snapshot = null);
