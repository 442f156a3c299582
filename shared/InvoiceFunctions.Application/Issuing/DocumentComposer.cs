using System.Globalization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Totals;
using InvoiceFunctions.Rendering;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// Makes the EN 16931 document of a draft (pure): the seller from the company and its profile, the buyer from the
/// contact, lines as stored, terms from the customer's preferences or the company's, totals by the calculator.
/// Given the same inputs it gives the same document, so every stage of the pipeline can compose it again.
/// </summary>
public static class DocumentComposer
{
    public static Invoice Compose(IssueSnapshot sources, DocumentDraft document, string number, DateOnly issueDate)
    {
        var (company, profile, customer, _) = sources;
        var draft = document.Draft;
        var language = LanguageOf(profile, customer, draft);
        var paymentDays = customer.Preferences?.PaymentDays ?? profile.PaymentDays;
        var creditNote = document.Kind == InvoiceKind.CreditNote;
        var lines = draft.Lines!.Select((line, i) => Line(line, i + 1)).ToList();
        var invoice = new Invoice
        {
            Number = number,
            IssueDate = issueDate,
            TypeCode = creditNote ? InvoiceTypeCode.CreditNote : draft.Prepayment ? InvoiceTypeCode.Prepayment : InvoiceTypeCode.CommercialInvoice,
            CurrencyCode = draft.Currency!,
            DueDate = DueDateOf(sources, document, issueDate),
            VatPointDateCode = profile.VatOnDebits ? VatPointDateCode.InvoiceDate : VatPointDateCode.PaidToDate,
            BuyerReference = draft.BuyerReference,
            ProjectReference = draft.ProjectReference,
            ContractReference = draft.ContractReference,
            PurchaseOrderReference = draft.PurchaseOrderReference,
            SalesOrderReference = draft.SalesOrderReference,
            PaymentTerms = draft.PaymentTerms ?? PaymentTerms(creditNote, paymentDays, language),
            Notes = (draft.Notes ?? []).Select(n => new Note(n)).ToList(),
            BusinessProcessType = FrenchBillingFramework.CodeFor(draft.Operation ?? profile.Operation),
            PrecedingInvoices = document.Corrects is { } corrects ? [corrects] : [],
            Seller = Seller(company, profile),
            Buyer = Buyer(customer),
            InvoicingPeriod = draft.InvoicingPeriod,
            PaymentInstructions = creditNote ? null : Payment(company, profile, number),
            VatBreakdowns = Exemptions(lines, draft.VatExemptionReason),
            Lines = lines,
        };
        return InvoiceCalculator.Complete(invoice, draft.PrepaidAmount);
    }

    /// <summary>BT-9: the draft's, or the issue date plus the customer's (else the company's) payment days; none for a credit note.</summary>
    public static DateOnly? DueDateOf(IssueSnapshot sources, DocumentDraft document, DateOnly issueDate) =>
        document.Kind == InvoiceKind.CreditNote
            ? null
            : document.Draft.DueDate ?? issueDate.AddDays(sources.Customer.Preferences?.PaymentDays ?? sources.Profile.PaymentDays);

    public static DocumentLanguage LanguageOf(BillingProfile profile, Party customer, InvoiceDraft draft) =>
        draft.Language ?? customer.Preferences?.Language ?? profile.Language;

    public static DocumentFormat FormatOf(BillingProfile profile, Party customer, InvoiceDraft draft) =>
        draft.Format ?? customer.Preferences?.Format ?? profile.Format;

    /// <summary>The look from the billing profile and the company's logo (from the templates container; none when null).</summary>
    public static RenderOptions RenderOptionsOf(BillingProfile profile, Party customer, InvoiceDraft draft, ReadOnlyMemory<byte> logo = default) => new()
    {
        Language = LanguageOf(profile, customer, draft),
        Template = CompanyTemplate.Default with
        {
            Logo = logo,
            Font = profile.Font ?? CompanyTemplate.Default.Font,
            Fields = (profile.HiddenFields ?? []).Aggregate(TemplateFields.All, (shown, hidden) => shown & ~hidden),
            AccentColor = profile.AccentColor ?? CompanyTemplate.Default.AccentColor,
            FooterText = profile.FooterText,
            LatePaymentPenaltyRate = profile.LatePaymentPenaltyRate,
            EarlyPaymentDiscount = profile.EarlyPaymentDiscount,
            TradeRegister = profile.TradeRegister,
        },
    };

    private static InvoiceLine Line(DraftLine line, int index)
    {
        var category = line.VatCategory ?? (line.VatRate is null or 0m ? VatCategory.ZeroRated : VatCategory.Standard);
        return new InvoiceLine
        {
            Id = index.ToString(CultureInfo.InvariantCulture),
            Quantity = line.Quantity,
            UnitCode = line.UnitCode ?? "C62",
            Price = new Price { NetPrice = line.UnitPrice ?? 0m },
            VatCategory = category,
            VatRate = category == VatCategory.OutsideScope ? null : line.VatRate ?? 0m,
            Period = line.Period,
            OrderLineReference = line.OrderLineReference,
            Item = new Item { Name = line.Name ?? "", Description = line.Description, SellerId = line.ProductId },
        };
    }

    internal static TradeParty Seller(Company company, BillingProfile profile) => new()
    {
        Name = company.Name,
        LegalRegistrationId = company.Siren is { } siren ? new Identifier(siren, Identifier.SirenScheme) : null,
        VatId = company.VatId,
        AdditionalLegalInfo = profile.AdditionalLegalInfo,
        ElectronicAddress = profile.Email is { } email ? new Identifier(email, "EM") : null,
        Address = (profile.Address ?? new PostalAddress()) with { CountryCode = company.CountryCode },
        Contact = profile.Email is { } contact ? new Contact(Email: contact) : null,
    };

    internal static TradeParty Buyer(Party customer) => new()
    {
        Name = customer.Name,
        LegalRegistrationId = customer.LegalId is { Length: 9 } siren && siren.All(char.IsAsciiDigit) ? new Identifier(siren, Identifier.SirenScheme) : null,
        VatId = customer.VatId,
        ElectronicAddress = customer.Email is { } email ? new Identifier(email, "EM") : null,
        Address = (customer.Address ?? new PostalAddress()) with { CountryCode = customer.CountryCode },
        Contact = customer.Email is { } contact ? new Contact(Email: contact) : null,
    };

    internal static PaymentInstructions? Payment(Company company, BillingProfile profile, string number) =>
        profile.Iban is { } iban
            ? new PaymentInstructions
            {
                MeansCode = PaymentMeansCode.SepaCreditTransfer,
                RemittanceInformation = CreditorReference.TryCreate(number, out var reference) ? reference.Value : number,
                CreditTransfers = [new CreditTransfer(Iban.Normalize(iban), company.Name, profile.Bic)],
            }
            : null;

    /// <summary>BT-120 for each category that needs an exemption reason (E, AE, K, G, O), the calculator keeps them.</summary>
    private static IReadOnlyList<VatBreakdown> Exemptions(IReadOnlyList<InvoiceLine> lines, string? reason) =>
        reason is null
            ? []
            : lines.Select(l => l.VatCategory).Distinct()
                .Where(c => c is VatCategory.Exempt or VatCategory.ReverseCharge or VatCategory.IntraCommunity or VatCategory.Export or VatCategory.OutsideScope)
                .Select(c => new VatBreakdown { Category = c, TaxableAmount = 0m, TaxAmount = 0m, ExemptionReason = reason })
                .ToList();

    private static string PaymentTerms(bool creditNote, int days, DocumentLanguage language) => (creditNote, language) switch
    {
        (true, DocumentLanguage.French) => "Avoir à déduire de nos prochaines factures ou remboursé sur demande.",
        (true, _) => "Credit to be deducted from our next invoices or refunded on request.",
        (false, DocumentLanguage.French) => days == 0 ? "Paiement à réception." : $"Paiement à {days} jours.",
        _ => days == 0 ? "Payment on receipt." : $"Payment within {days} days.",
    };
}
