using InvoiceFunctions.Core.Payments.Matching;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class PartyNamesTests
{
    [Theory]
    [InlineData("SARL ACME", "ACME")]
    [InlineData("Acme S.A.R.L.", "ACME")]
    [InlineData("Boulangerie Martin SARL", "BOULANGERIE MARTIN")]
    [InlineData("M. Jean Dupont", "DUPONT JEAN")]
    [InlineData("Société Générale d'Électricité", "ELECTRICITE GENERALE")]
    [InlineData("Kunde GmbH & Co. KG", "KUNDE")]
    [InlineData("SARL", "SARL")]
    [InlineData("", "")]
    public void Tokens_Name_SignificantWordsSorted(string name, string expected) =>
        Assert.Equal(expected, string.Join(' ', PartyNames.Tokens(name)));

    // Dice by hand for the typo case: "ACME INDUSTRIE" has 13 letter pairs, "ACME INDUSTRIES" 14, 13 shared: 26 / 27.
    [Theory]
    [InlineData("SARL ACME", "ACME", 1.0)]
    [InlineData("ACME SAS", "Acme S.A.S.", 1.0)]
    [InlineData("Dupont Jean", "M. JEAN DUPONT", 1.0)]
    [InlineData("ACME", "ACME INDUSTRIES", 0.9)]
    [InlineData("ACME INDUSTRIE", "ACME INDUSTRIES", 26.0 / 27.0)]
    [InlineData("ACME", "", 0.0)]
    public void Similarity_TwoNames_Expected(string a, string b, double expected) =>
        Assert.Equal(expected, PartyNames.Similarity(a, b), 6);

    [Theory]
    [InlineData("ACME", "ZENITH")]
    [InlineData("Boulangerie Martin", "Boucherie Durand")]
    [InlineData("DUPONT", "DURAND")]
    public void Similarity_DifferentParties_BelowDefaultThreshold(string a, string b) =>
        Assert.True(PartyNames.Similarity(a, b) < MatchingOptions.Default.NameThreshold);
}
