using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Rendering.Fonts;
using InvoiceFunctions.Core.Recurring;
using InvoiceFunctions.Core.Time;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// What a company's sales documents carry besides its legal identity: the seller address (BG-5), the bank account
/// (BG-17), the defaults customers may override (payment days, language, format), the French mentions and the look.
/// </summary>
/// <param name="Operation">The usual nature of the operation (French mention, BT-23 code B1/S1/M1); a draft may say otherwise.</param>
/// <param name="VatOnDebits">The company opted to pay VAT on debits (BT-8 = invoice date); otherwise on receipts for services.</param>
/// <param name="AdditionalLegalInfo">Seller additional legal information (BT-33), e.g. "SAS au capital de 10 000 EUR".</param>
/// <param name="Font">The bundled font of the documents (LiberationSans when unset).</param>
/// <param name="HiddenFields">Optional parts left off the PDF (References, LineDescriptions, SellerItemId, PaymentQrCode, Notes, BuyerContact); all shown when unset. The XML keeps them.</param>
/// <param name="Email">The seller's contact e-mail (BG-6) and electronic address (BT-34, scheme EM).</param>
/// <param name="TimeZone">The company's IANA time zone (UTC when unset): issue dates and recurring billing runs follow its calendar.</param>
/// <param name="RecurringCatchUp">After downtime, recurring billing invoices every missed period or only the latest.</param>
public sealed record BillingProfile(
    PostalAddress? Address = null,
    string? Iban = null,
    string? Bic = null,
    int PaymentDays = 30,
    DocumentLanguage Language = DocumentLanguage.French,
    DocumentFormat Format = DocumentFormat.FacturX,
    OperationNature Operation = OperationNature.Services,
    bool VatOnDebits = false,
    string? TradeRegister = null,
    string? AdditionalLegalInfo = null,
    decimal? LatePaymentPenaltyRate = null,
    string? EarlyPaymentDiscount = null,
    string? Email = null,
    string? AccentColor = null,
    string? FooterText = null,
    string InvoiceSeries = "F",
    string CreditNoteSeries = "AV",
    BundledFont? Font = null,
    IReadOnlyList<TemplateFields>? HiddenFields = null,
    string? TimeZone = null,
    CatchUpPolicy RecurringCatchUp = CatchUpPolicy.AllMissed)
{
    /// <summary>The company's time zone (UTC when unset or unknown).</summary>
    public TimeZoneInfo Zone() => LocalClock.Zone(TimeZone) ?? TimeZoneInfo.Utc;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Address is { } address)
        {
            PostalAddresses.Check(address, "address", errors);
        }

        if (Iban is not null && !Core.Payments.Iban.IsValid(Iban))
        {
            errors.Add(new FieldError("iban", "Not a valid IBAN (ISO 13616 check digits)."));
        }

        if (Bic is not null && (Bic.Length is not (8 or 11) || !Bic.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add(new FieldError("bic", "A BIC of 8 or 11 letters and digits."));
        }

        if (PaymentDays is < 0 or > 365)
        {
            errors.Add(new FieldError("paymentDays", "From 0 to 365 days."));
        }

        if (LatePaymentPenaltyRate is < 0 or > 100)
        {
            errors.Add(new FieldError("latePaymentPenaltyRate", "A yearly rate in percent, from 0 to 100."));
        }

        if (Email is not null && (Email.Length > 254 || !Email.Contains('@', StringComparison.Ordinal)))
        {
            errors.Add(new FieldError("email", "An e-mail address."));
        }

        if (AccentColor is not null && (AccentColor.Length != 7 || AccentColor[0] != '#' || !AccentColor[1..].All(char.IsAsciiHexDigit)))
        {
            errors.Add(new FieldError("accentColor", "A colour as #RRGGBB."));
        }

        foreach (var (text, path, max) in new[] { (TradeRegister, "tradeRegister", 100), (AdditionalLegalInfo, "additionalLegalInfo", 300), (EarlyPaymentDiscount, "earlyPaymentDiscount", 300), (FooterText, "footerText", 300) })
        {
            if (text?.Length > max)
            {
                errors.Add(new FieldError(path, $"At most {max} characters."));
            }
        }

        if (Font is { } font && !Enum.IsDefined(font))
        {
            errors.Add(new FieldError("font", "One of " + string.Join(", ", Enum.GetNames<BundledFont>()) + "."));
        }

        foreach (var (field, i) in (HiddenFields ?? []).Select((f, i) => (f, i)))
        {
            // One named part each: None and All are combinations, not parts.
            if (field is TemplateFields.None or TemplateFields.All || !Enum.IsDefined(field))
            {
                errors.Add(new FieldError($"hiddenFields[{i}]", "One of References, LineDescriptions, SellerItemId, PaymentQrCode, Notes, BuyerContact."));
            }
        }

        if (LocalClock.Zone(TimeZone) is null)
        {
            errors.Add(new FieldError("timeZone", $"Unknown time zone '{TimeZone}': an IANA id such as Europe/Paris."));
        }

        if (!InvoiceNumber.IsValidSeries(InvoiceSeries))
        {
            errors.Add(new FieldError("invoiceSeries", "1-10 characters A-Z and 0-9."));
        }

        if (!InvoiceNumber.IsValidSeries(CreditNoteSeries) || CreditNoteSeries == InvoiceSeries)
        {
            errors.Add(new FieldError("creditNoteSeries", "1-10 characters A-Z and 0-9, not the invoice series."));
        }

        return errors;
    }
}
