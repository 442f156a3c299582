namespace InvoiceFunctions.Core.Model;

/// <summary>
/// An EN 16931 invoice or credit note: the semantic model every format reads into and writes from.
/// Amounts are in the invoice currency (BT-5). Totals and VAT breakdown are stored as declared, so a document
/// read from another producer keeps its figures; <see cref="Totals.InvoiceCalculator"/> computes them for
/// invoices issued here and <see cref="Validation.InvoiceValidator"/> checks them.
/// </summary>
public sealed record Invoice
{
    /// <summary>Invoice number (BT-1).</summary>
    public required string Number { get; init; }

    /// <summary>Invoice issue date (BT-2).</summary>
    public required DateOnly IssueDate { get; init; }

    /// <summary>Invoice type code (BT-3).</summary>
    public InvoiceTypeCode TypeCode { get; init; } = InvoiceTypeCode.CommercialInvoice;

    /// <summary>Invoice currency code (BT-5), ISO 4217.</summary>
    public required string CurrencyCode { get; init; }

    /// <summary>VAT accounting currency code (BT-6), ISO 4217, when VAT is accounted in another currency.</summary>
    public string? TaxCurrencyCode { get; init; }

    /// <summary>Value added tax point date (BT-7).</summary>
    public DateOnly? TaxPointDate { get; init; }

    /// <summary>Value added tax point date code (BT-8). <see cref="VatPointDateCode.InvoiceDate"/> states the French VAT on debits option.</summary>
    public VatPointDateCode? VatPointDateCode { get; init; }

    /// <summary>Payment due date (BT-9).</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Buyer reference (BT-10), e.g. the Leitweg-ID or the buyer's service code.</summary>
    public string? BuyerReference { get; init; }

    /// <summary>Project reference (BT-11).</summary>
    public string? ProjectReference { get; init; }

    /// <summary>Contract reference (BT-12).</summary>
    public string? ContractReference { get; init; }

    /// <summary>Purchase order reference (BT-13).</summary>
    public string? PurchaseOrderReference { get; init; }

    /// <summary>Sales order reference (BT-14).</summary>
    public string? SalesOrderReference { get; init; }

    /// <summary>Receiving advice reference (BT-15).</summary>
    public string? ReceivingAdviceReference { get; init; }

    /// <summary>Despatch advice reference (BT-16).</summary>
    public string? DespatchAdviceReference { get; init; }

    /// <summary>Tender or lot reference (BT-17).</summary>
    public string? TenderReference { get; init; }

    /// <summary>Invoiced object identifier (BT-18) with scheme (BT-18-1).</summary>
    public Identifier? InvoicedObjectId { get; init; }

    /// <summary>Buyer accounting reference (BT-19).</summary>
    public string? BuyerAccountingReference { get; init; }

    /// <summary>Payment terms (BT-20).</summary>
    public string? PaymentTerms { get; init; }

    /// <summary>Invoice notes (BG-1).</summary>
    public IReadOnlyList<Note> Notes { get; init; } = [];

    /// <summary>Business process type (BT-23). In France the billing framework code (B1, S1, M1, ...) giving the nature of the operation.</summary>
    public string? BusinessProcessType { get; init; }

    /// <summary>Specification identifier (BT-24) as read; writers put their own profile's identifier.</summary>
    public string? SpecificationId { get; init; }

    /// <summary>Preceding invoice references (BG-3).</summary>
    public IReadOnlyList<PrecedingInvoiceReference> PrecedingInvoices { get; init; } = [];

    /// <summary>Seller (BG-4).</summary>
    public required TradeParty Seller { get; init; }

    /// <summary>Buyer (BG-7).</summary>
    public required TradeParty Buyer { get; init; }

    /// <summary>Payee (BG-10), when different from the seller.</summary>
    public TradeParty? Payee { get; init; }

    /// <summary>Seller tax representative party (BG-11).</summary>
    public TradeParty? TaxRepresentative { get; init; }

    /// <summary>Delivery information (BG-13).</summary>
    public DeliveryInformation? Delivery { get; init; }

    /// <summary>Invoicing period (BG-14).</summary>
    public Period? InvoicingPeriod { get; init; }

    /// <summary>Payment instructions (BG-16).</summary>
    public PaymentInstructions? PaymentInstructions { get; init; }

    /// <summary>Document level allowances (BG-20) and charges (BG-21).</summary>
    public IReadOnlyList<AllowanceCharge> AllowanceCharges { get; init; } = [];

    /// <summary>Document totals (BG-22).</summary>
    public DocumentTotals Totals { get; init; } = DocumentTotals.Zero;

    /// <summary>VAT breakdown (BG-23).</summary>
    public IReadOnlyList<VatBreakdown> VatBreakdowns { get; init; } = [];

    /// <summary>Additional supporting documents (BG-24).</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Invoice lines (BG-25).</summary>
    public IReadOnlyList<InvoiceLine> Lines { get; init; } = [];

    /// <summary>
    /// True when BT-8 says VAT is due on the invoice date: the French mention "Option pour le paiement de la taxe
    /// d'après les débits" to print on the invoice.
    /// </summary>
    public bool VatOnDebits => VatPointDateCode == Model.VatPointDateCode.InvoiceDate;

    /// <summary>The nature of the operation (French mention) derived from the billing framework code in BT-23.</summary>
    public OperationNature? OperationNature => FrenchBillingFramework.NatureOf(BusinessProcessType);
}
