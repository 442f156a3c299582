using System.Collections;
using System.Globalization;
using System.Resources;

namespace InvoiceFunctions.Rendering.Tests.Localization;

public sealed class LabelsTests
{
    private static readonly ResourceManager Resources = new("InvoiceFunctions.Rendering.Localization.Labels", typeof(InvoicePdfRenderer).Assembly);

    [Fact]
    public void FrenchResources_HaveEveryEnglishLabel()
    {
        var english = Keys(CultureInfo.InvariantCulture);
        var french = Keys(CultureInfo.GetCultureInfo("fr"));

        Assert.True(english.Count > 80, $"only {english.Count} labels");
        Assert.Empty(english.Except(french));
        Assert.Empty(french.Except(english));
    }

    [Theory]
    [InlineData("fr", "AmountDue", "Net à payer")]
    [InlineData("en", "AmountDue", "Amount due")]
    [InlineData("fr", "CreditNote", "AVOIR")]
    [InlineData("en", "CreditNote", "CREDIT NOTE")]
    public void GetString_Culture_ReturnsItsLabel(string culture, string key, string expected) =>
        Assert.Equal(expected, Resources.GetString(key, CultureInfo.GetCultureInfo(culture)));

    private static HashSet<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
}
