using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Tests.Support;
using InvoiceFunctions.Core.Validation;
using InvoiceFunctions.Core.Validation.Rules;

namespace InvoiceFunctions.Core.Tests.Validation;

public sealed class FrenchRulesTests
{
    private static Invoice Valid => GeneratedInvoices.All["standard-fr-allowances"].Invoice;

    public static TheoryData<string, Func<Invoice, Invoice>> MissingMentions() => new()
    {
        { "FR-01", i => i with { Seller = i.Seller with { LegalRegistrationId = null } } },
        { "FR-01", i => i with { Seller = i.Seller with { LegalRegistrationId = new Identifier("123456789", Identifier.SirenScheme) } } },
        { "FR-02", i => i with { Buyer = i.Buyer with { LegalRegistrationId = new Identifier("732829320", "0009") } } },
        { "FR-03", i => i with { Delivery = i.Delivery! with { Address = null } } },
        { "FR-04", i => i with { BusinessProcessType = null } },
        { "FR-04", i => i with { BusinessProcessType = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0" } },
        { "FR-05", i => i with { VatPointDateCode = null } },
        { "FR-06", i => i with { TypeCode = InvoiceTypeCode.CreditNote, PrecedingInvoices = [] } },
        { "FR-07", i => i with { Seller = i.Seller with { VatId = null } } },
    };

    [Theory]
    [MemberData(nameof(MissingMentions))]
    public void Validate_FrenchMentionMissing_ReportsFrenchRule(string ruleId, Func<Invoice, Invoice> breakIt)
    {
        var report = InvoiceValidator.Validate(breakIt(Valid), ValidationProfile.France);

        Assert.Contains(ruleId, report.FailedRuleIds);
    }

    [Fact]
    public void Validate_FrenchMentionMissingUnderEn16931Profile_IsNotReported()
    {
        var report = InvoiceValidator.Validate(Valid with { BusinessProcessType = null }, ValidationProfile.En16931);

        Assert.DoesNotContain(report.Failures, f => f.RuleId.StartsWith("FR-", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_GoodsOnlyWithoutVatPointCode_DoesNotNeedDebitOption()
    {
        var report = InvoiceValidator.Validate(Valid with { BusinessProcessType = "B1", VatPointDateCode = null }, ValidationProfile.France);

        Assert.DoesNotContain("FR-05", report.FailedRuleIds);
    }

    [Theory]
    [InlineData("123456782", true)]
    [InlineData("732829320", true)]
    [InlineData("123456789", false)]
    [InlineData("12345678", false)]
    [InlineData("12345678A", false)]
    public void IsValidSiren_Value_ChecksLengthAndLuhn(string siren, bool expected)
    {
        Assert.Equal(expected, Siren.IsValidSiren(siren));
    }

    [Theory]
    [InlineData("12345678200010", true)]
    [InlineData("12345678200017", false)]
    public void IsValidSiret_Value_ChecksLengthAndLuhn(string siret, bool expected)
    {
        Assert.Equal(expected, Siren.IsValidSiret(siret));
    }

    [Theory]
    [InlineData("B1", OperationNature.Goods)]
    [InlineData("S4", OperationNature.Services)]
    [InlineData("M2", OperationNature.Mixed)]
    [InlineData("X1", null)]
    [InlineData("S", null)]
    [InlineData(null, null)]
    public void NatureOf_FrameworkCode_GivesNatureOfOperation(string? code, OperationNature? expected)
    {
        Assert.Equal(expected, FrenchBillingFramework.NatureOf(code));
    }
}
