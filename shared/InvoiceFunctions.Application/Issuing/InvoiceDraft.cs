using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Localization;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// A sales document before it is issued, as the API takes it: the customer from the contacts, lines (products from
/// the catalogue), references and terms. The seller, the totals and the VAT breakdown are not given: the company's
/// profile and the calculator make them when the document is composed.
/// </summary>
/// <param name="DueDate">BT-9; default: issue date + the customer's or company's payment days.</param>
/// <param name="Operation">The French nature of the operation; default the company's.</param>
/// <param name="VatExemptionReason">BT-120 for the exempt, reverse charge, intra-community or export categories used by the lines.</param>
/// <param name="Prepayment">A deposit invoice (type 386) rather than a commercial invoice (380).</param>
/// <param name="PrepaidAmount">BT-113: deposits already paid (an order's final invoice deducts its deposit invoices).</param>
/// <param name="Send">
/// False: once issued (validated, numbered, rendered, archived, recorded) the invoice is not handed to delivery (no
/// e-mail, connector or print); <c>POST .../invoices/{id}/deliveries</c> sends it when wanted. Default: sent.
/// </param>
public sealed record InvoiceDraft(
    string? CustomerId,
    IReadOnlyList<DraftLine>? Lines,
    string? Currency = "EUR",
    DateOnly? DueDate = null,
    string? PaymentTerms = null,
    string? BuyerReference = null,
    string? PurchaseOrderReference = null,
    string? SalesOrderReference = null,
    string? ContractReference = null,
    string? ProjectReference = null,
    Period? InvoicingPeriod = null,
    IReadOnlyList<string>? Notes = null,
    OperationNature? Operation = null,
    string? VatExemptionReason = null,
    bool Prepayment = false,
    DocumentLanguage? Language = null,
    DocumentFormat? Format = null,
    decimal? PrepaidAmount = null,
    bool? Send = null);
