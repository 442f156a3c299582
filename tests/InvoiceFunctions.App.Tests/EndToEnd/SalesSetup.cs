using System.Net;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>A seller ready to issue: company, billing profile, a customer with preferences, a product; and a draft body.</summary>
internal static class SalesSetup
{
    /// <summary>A French company with SIREN, VAT id, a billing profile, a customer preferring English and PDF + UBL, a product.</summary>
    public static async Task<string> FrenchCompanyAsync(ProductApp app, string id)
    {
        Assert.Equal(HttpStatusCode.Created, (await app.AdminPostAsync("api/admin/companies", new { id, name = "Atelier Durand SAS", siren = "123456782", vatId = "FR32123456782", countryCode = "FR" })).StatusCode);
        var (key, _) = await app.KeyAsync(id, "Admin");
        await app.ExpectOkAsync(HttpMethod.Put, $"api/companies/{id}/settings/billing", key, new
        {
            address = new { line1 = "12 rue de la République", city = "Lyon", postCode = "69002" },
            iban = "FR76 3000 6000 0112 3456 7890 189",
            bic = "AGRIFRPP",
            paymentDays = 30,
            vatOnDebits = true,
            email = "factures@atelier-durand.fr",
            additionalLegalInfo = "SAS au capital de 10 000 EUR",
            tradeRegister = "RCS Lyon",
        });
        await app.CreatedAsync(key, $"api/companies/{id}/contacts", new
        {
            id = "martin",
            role = "Customer",
            name = "Boulangerie Martin SARL",
            legalId = "732829320",
            vatId = "FR61732829320",
            email = "compta@boulangerie-martin.fr",
            countryCode = "FR",
            address = new { line1 = "3 place du Marché", city = "Villeurbanne", postCode = "69100" },
            preferences = new { paymentDays = 45, language = "English", format = "PdfAndUbl" },
        });
        await app.CreatedAsync(key, $"api/companies/{id}/products", new { id = "consulting", name = "Journée de conseil", category = "services", unitPrice = 650, currency = "EUR", vatRate = 20 });
        return key;
    }

    public static object Draft(int days) => new
    {
        customerId = "martin",
        purchaseOrderReference = "PO-4711",
        lines = new object[]
        {
            new { productId = "consulting", quantity = days, unitCode = "DAY" },
            new { name = "Déplacement Lyon-Villeurbanne", quantity = 1, unitPrice = 120.50m, vatRate = 20 },
        },
    };
}
