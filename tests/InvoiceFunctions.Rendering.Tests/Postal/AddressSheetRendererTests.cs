using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Postal;
using InvoiceFunctions.Rendering.Tests.Support;
using UglyToad.PdfPig;

namespace InvoiceFunctions.Rendering.Tests.Postal;

public sealed class AddressSheetRendererTests
{
    private static readonly PostalAddress Seller = new() { Line1 = "12 rue de la Paix", PostCode = "75002", City = "Paris", CountryCode = "FR" };

    [Fact]
    public void For_FrenchRecipient_NameStreetAndCapitalisedLocalityWithoutCountry()
    {
        var lines = AddressLines.For(Sheet("Boulangerie Martin SARL", new PostalAddress { Line1 = "3 place du Marché", Line2 = "Bâtiment B", PostCode = "69100", City = "Villeurbanne" }, "FR"));

        Assert.Equal(["Boulangerie Martin SARL", "3 place du Marché", "Bâtiment B", "69100 VILLEURBANNE"], lines);
    }

    [Fact]
    public void For_ForeignRecipient_RegionAndCountryInCapitals()
    {
        var lines = AddressLines.For(Sheet("Acme Inc.", new PostalAddress { Line1 = "1 Main Street", PostCode = "10001", City = "New York", CountrySubdivision = "NY" }, "US"));

        Assert.Equal(["Acme Inc.", "1 Main Street", "10001 NEW YORK NY", "UNITED STATES"], lines);
    }

    [Fact]
    public void For_SevenLines_KeepsNameLocalityAndCountryWithinSix()
    {
        var lines = AddressLines.For(Sheet("Brauerei Nord GmbH", new PostalAddress { Line1 = "Hafenstraße 4", Line2 = "Haus 2", Line3 = "Eingang C", PostCode = "20457", City = "Hamburg", CountrySubdivision = "HH" }, "DE"));

        Assert.Equal(EnvelopeWindow.MaxLines, lines.Count);
        Assert.Equal(["Brauerei Nord GmbH", "Hafenstraße 4", "Haus 2", "Eingang C", "20457 HAMBURG HH", "GERMANY"], lines);
    }

    [Theory]
    [InlineData(DocumentLanguage.French, "Facture F-2026-0042 du 1 avril 2026 ci-jointe.")]
    [InlineData(DocumentLanguage.English, "Invoice F-2026-0042 of 1 April 2026 enclosed.")]
    public void Render_OneA4PageWithSenderRecipientAndTheEnclosedInvoice(DocumentLanguage language, string enclosed)
    {
        var pdf = AddressSheetRenderer.Render(
            Sheet("Boulangerie Martin SARL", new PostalAddress { Line1 = "3 place du Marché", PostCode = "69100", City = "Villeurbanne" }, "FR") with { Language = language },
            new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));
        using var document = PdfDocument.Open(pdf);
        var text = PdfText.All(pdf);

        Assert.Equal(1, document.NumberOfPages);
        Assert.Equal(595, Math.Round(document.GetPage(1).Width));
        Assert.Equal(842, Math.Round(document.GetPage(1).Height));
        Assert.Contains("Atelier Durand SAS 12 rue de la Paix 75002 Paris", text, StringComparison.Ordinal);
        Assert.Contains("Boulangerie Martin SARL 3 place du Marché 69100 VILLEURBANNE", text, StringComparison.Ordinal);
        Assert.Contains(enclosed, text, StringComparison.Ordinal);
    }

    private static AddressSheet Sheet(string name, PostalAddress address, string country) =>
        new("Atelier Durand SAS", Seller, "FR", name, address, country, "F-2026-0042", new DateOnly(2026, 4, 1), DocumentLanguage.French);
}
