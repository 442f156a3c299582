using InvoiceFunctions.Core.Payments;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class IbanTests
{
    [Theory]
    [InlineData("FR7630006000011234567890189", true)]
    [InlineData("FR76 3000 6000 0112 3456 7890 189", true)]
    [InlineData("fr7630006000011234567890189", true)]
    [InlineData("NL26VAYB8060476890", true)]
    [InlineData("CH2801234000123456789", true)]
    [InlineData("GB33BUKB20201555555555", true)]
    [InlineData("FR7630006000011234567890188", false)]
    [InlineData("FR7630006000011234567890198", false)]
    [InlineData("7630006000011234567890189", false)]
    [InlineData("FR76", false)]
    [InlineData("FR76-3000-6000-0112-3456-7890-189", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Text_ChecksCountryLengthAndMod97(string? text, bool expected) =>
        Assert.Equal(expected, Iban.IsValid(text));

    [Theory]
    [InlineData("fr76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189")]
    [InlineData("not an iban", null)]
    [InlineData(null, null)]
    public void NormalizeOrNull_Text_ElectronicFormOrNull(string? text, string? expected) =>
        Assert.Equal(expected, Iban.NormalizeOrNull(text));
}
