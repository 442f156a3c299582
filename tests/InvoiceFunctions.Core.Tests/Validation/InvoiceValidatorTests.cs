using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Tests.Support;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Core.Tests.Validation;

public sealed class InvoiceValidatorTests
{
    private static Invoice Valid => GeneratedInvoices.All["standard-peppol"].Invoice;

    public static TheoryData<string, Func<Invoice, Invoice>, string> BrokenInvoices() => new()
    {
        { "BR-02", i => i with { Number = " " }, "Number" },
        { "BR-06", i => i with { Seller = i.Seller with { Name = "" } }, "Seller.Name" },
        { "BR-09", i => i with { Seller = i.Seller with { Address = new PostalAddress { City = "Lyon" } } }, "Seller.Address.CountryCode" },
        { "BR-16", i => i with { Lines = [] }, "Lines" },
        { "BR-27", i => i with { Lines = [i.Lines[0] with { Price = new Price { NetPrice = -1m } }] }, "Lines[0].Price.NetPrice" },
        { "BR-29", i => i with { InvoicingPeriod = new Period(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)) }, "InvoicingPeriod.End" },
        { "BR-33", i => i with { AllowanceCharges = [new AllowanceCharge { IsCharge = false, Amount = 1m, VatCategory = VatCategory.Standard, VatRate = 20m }] }, "AllowanceCharges[0].Reason" },
        { "BR-CO-10", i => i with { Totals = i.Totals with { LineNetTotal = i.Totals.LineNetTotal + 0.01m } }, "Totals.LineNetTotal" },
        { "BR-CO-15", i => i with { Totals = i.Totals with { TaxInclusiveAmount = i.Totals.TaxInclusiveAmount + 1m } }, "Totals.TaxInclusiveAmount" },
        { "BR-CO-16", i => i with { Totals = i.Totals with { AmountDue = 0m } }, "Totals.AmountDue" },
        { "BR-CO-17", i => i with { VatBreakdowns = [i.VatBreakdowns[0] with { TaxAmount = i.VatBreakdowns[0].TaxAmount + 5m }] }, "VatBreakdowns[0].TaxAmount" },
        { "BR-CO-25", i => i with { DueDate = null, PaymentTerms = null }, "DueDate" },
        { "BR-DEC-23", i => i with { Lines = [i.Lines[0] with { NetAmount = 1.005m }, .. i.Lines.Skip(1)] }, "Lines[0].NetAmount" },
        { "BR-S-02", i => i with { Seller = i.Seller with { VatId = null } }, "Seller.VatId" },
        { "BR-S-05", i => i with { Lines = [i.Lines[0] with { VatRate = 0m }, .. i.Lines.Skip(1)] }, "Lines[0].VatRate" },
        { "BR-S-08", i => i with { VatBreakdowns = [i.VatBreakdowns[0] with { TaxableAmount = 1m }] }, "VatBreakdowns[0].TaxableAmount" },
        { "BR-CL-04", i => i with { CurrencyCode = "EUX" }, "CurrencyCode" },
        { "BR-CL-14", i => i with { Buyer = i.Buyer with { Address = i.Buyer.Address! with { CountryCode = "XX" } } }, "Buyer.Address.CountryCode" },

        // Rules over the lists every line holds: the path names the second line and the element's own index.
        { "BR-42", i => SecondLine(i, l => l with { AllowanceCharges = [Allowance(false) with { Reason = "ok" }, Allowance(false)] }), "Lines[1].AllowanceCharges[1].Reason" },
        { "BR-CO-23", i => SecondLine(i, l => l with { AllowanceCharges = [Allowance(false)] }), "Lines[1].AllowanceCharges[0].Reason" },
        { "BR-44", i => SecondLine(i, l => l with { AllowanceCharges = [Allowance(false), Allowance(true)] }), "Lines[1].AllowanceCharges[1].Reason" },
        { "BR-54", i => SecondLine(i, l => l with { Item = l.Item with { Attributes = [new ItemAttribute("Colour", "red"), new ItemAttribute("Size", " ")] } }), "Lines[1].Item.Attributes[1]" },
        { "BR-65", i => SecondLine(i, l => l with { Item = l.Item with { Classifications = [new Identifier("123")] } }), "Lines[1].Item.Classifications[0].SchemeId" },
        { "BR-CL-07", i => SecondLine(i, l => l with { ObjectId = new Identifier("ABC", "NOPE") }), "Lines[1].ObjectId.SchemeId" },
        { "BR-CL-13", i => SecondLine(i, l => l with { Item = l.Item with { Classifications = [new Identifier("1", "STI"), new Identifier("2", "NOPE")] } }), "Lines[1].Item.Classifications[1].SchemeId" },
        { "BR-CL-19", i => SecondLine(i, l => l with { AllowanceCharges = [Allowance(false) with { Reason = "x", ReasonCode = "999" }] }), "Lines[1].AllowanceCharges[0].ReasonCode" },
        { "BR-CL-20", i => i with { AllowanceCharges = [Allowance(true) with { Reason = "x", ReasonCode = "NOPE" }] }, "AllowanceCharges[0].ReasonCode" },
        { "BR-CL-21", i => SecondLine(i, l => l with { Item = l.Item with { StandardId = new Identifier("4012345678901", "9999") } }), "Lines[1].Item.StandardId.SchemeId" },
        { "BR-CL-23", i => SecondLine(i, l => l with { UnitCode = "NOT-A-UNIT" }), "Lines[1].UnitCode" },
        { "BR-DEC-24", i => SecondLine(i, l => l with { AllowanceCharges = [Allowance(false) with { Reason = "x", Amount = 1.001m }] }), "Lines[1].AllowanceCharges[0].Amount" },
        { "BR-DEC-28", i => SecondLine(i, l => l with { AllowanceCharges = [Allowance(true) with { Reason = "x", BaseAmount = 10.001m }] }), "Lines[1].AllowanceCharges[0].BaseAmount" },
        { "BR-DEC-19", i => i with { VatBreakdowns = [i.VatBreakdowns[0] with { TaxableAmount = 1.001m }] }, "VatBreakdowns[0].TaxableAmount" },
        { "BR-DEC-12", i => i with { Totals = i.Totals with { TaxExclusiveAmount = 1.001m } }, "Totals.TaxExclusiveAmount" },
    };

    [Fact]
    public void Validate_BaseQuantityUnitOfSecondLineUnknown_ReportsItsPath()
    {
        var report = InvoiceValidator.Validate(SecondLine(Valid, l => l with { Price = l.Price with { BaseQuantity = 1m, BaseQuantityUnitCode = "NOPE" } }));

        Assert.Single(report.Failures, f => f.RuleId == "BR-CL-23" && f.Path == "Lines[1].Price.BaseQuantityUnitCode");
        Assert.DoesNotContain(report.Failures, f => f.RuleId == "BR-CL-23" && f.Path.EndsWith(".UnitCode", StringComparison.Ordinal));
    }

    private static Invoice SecondLine(Invoice i, Func<InvoiceLine, InvoiceLine> change) =>
        i with { Lines = [i.Lines[0], change(i.Lines[0] with { Id = "2" })] };

    private static AllowanceCharge Allowance(bool charge) =>
        new() { IsCharge = charge, Amount = 1m, VatCategory = VatCategory.Standard, VatRate = 20m };

    [Theory]
    [MemberData(nameof(BrokenInvoices))]
    public void Validate_BrokenInvoice_ReportsRuleWithPathAndBothLanguages(string ruleId, Func<Invoice, Invoice> breakIt, string path)
    {
        var report = InvoiceValidator.Validate(breakIt(Valid));

        var failure = Assert.Single(report.Failures, f => f.RuleId == ruleId && f.Path == path);
        Assert.False(report.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(failure.Message));
        Assert.False(string.IsNullOrWhiteSpace(failure.MessageFr));
        Assert.NotEqual(failure.Message, failure.MessageFr);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsAllAtOnce()
    {
        var broken = Valid with { Number = "", CurrencyCode = "", Seller = Valid.Seller with { Name = "" }, Lines = [] };

        var report = InvoiceValidator.Validate(broken);

        Assert.Superset(new HashSet<string> { "BR-02", "BR-05", "BR-06", "BR-16" }, report.FailedRuleIds.ToHashSet());
    }

    [Fact]
    public void Validate_TaxAmountOneCentOffWithinTolerance_PassesBrCo17ButFailsBrS09()
    {
        var invoice = Valid with { VatBreakdowns = [Valid.VatBreakdowns[0] with { TaxAmount = Valid.VatBreakdowns[0].TaxAmount + 0.01m }] };

        var ids = InvoiceValidator.Validate(invoice).FailedRuleIds;

        Assert.DoesNotContain("BR-CO-17", ids);
        Assert.Contains("BR-S-09", ids);
    }

    [Fact]
    public void Validate_ReverseChargeWithoutBuyerVatId_PointsAtBuyer()
    {
        var invoice = GeneratedInvoices.All["reverse-charge"].Invoice;

        var report = InvoiceValidator.Validate(invoice with { Buyer = invoice.Buyer with { VatId = null, LegalRegistrationId = null } });

        Assert.Equal("Buyer.VatId", Assert.Single(report.Failures, f => f.RuleId == "BR-AE-02").Path);
    }

    [Fact]
    public void Validate_NullListsFromCarelessDeserializer_ReportsFailuresWithoutThrowing()
    {
        var broken = Valid with { Lines = null!, VatBreakdowns = null! };

        var report = InvoiceValidator.Validate(broken);

        Assert.Contains("BR-16", report.FailedRuleIds);
        Assert.Contains("BR-CO-18", report.FailedRuleIds);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Validate_FullCardNumber_IsOnlyAWarning()
    {
        var invoice = GeneratedInvoices.All["card"].Invoice;
        var withFullPan = invoice with { PaymentInstructions = invoice.PaymentInstructions! with { Card = new CardInformation("4111111111111111") } };

        var report = InvoiceValidator.Validate(withFullPan);

        Assert.Equal(RuleSeverity.Warning, Assert.Single(report.Failures).Severity);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void RulesOf_EveryRule_HasUniqueIdAndBilingualMessages()
    {
        var rules = InvoiceValidator.RulesOf(ValidationProfile.France);

        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Message) || string.IsNullOrWhiteSpace(r.MessageFr)));
    }
}
