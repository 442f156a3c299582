using System.Net;
using System.Text.Json;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// The contact edit API (GET/PUT .../contacts/{id}) on Azurite through the local host: validation as problem+json,
/// roles, a repeated PUT changing nothing, and the next invoice mail (MailDev) going to the new address, its copy and
/// in the new language; If-Match required (428 without, 412 when stale).
/// </summary>
public sealed class ContactEditTests : IAsyncLifetime
{
    private readonly DeliveryApp delivery = new();

    public Task InitializeAsync() => delivery.InitializeAsync();

    public Task DisposeAsync() => delivery.DisposeAsync();

    [Fact]
    public async Task UpdateContact_InvalidFields_ProblemListsEachAndNothingChanges()
    {
        var response = await delivery.PutContactAsync("fr1", new
        {
            name = "", email = "compta@", countryCode = "France", ccEmails = new[] { "copie@brasserie.example", "pas une adresse" },
            address = new { line1 = "1 rue du Port", postCode = new string('9', 21) }, preferences = new { paymentDays = 400, channel = "Postal" },
        });
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, response);
        var (readerKey, _) = await delivery.App.KeyAsync(DeliveryApp.Company, "Reader");
        var forbidden = await delivery.PutContactAsync("fr1", new { name = "X", countryCode = "FR" }, key: readerKey);
        var missing = await delivery.PutContactAsync("nobody", new { name = "X", countryCode = "FR" }, ifMatch: "*");
        var unchanged = await delivery.App.OkAsync(readerKey, "api/companies/acme/contacts/fr1");

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["name", "email", "ccEmails[1]", "countryCode", "address.postCode", "preferences.paymentDays", "preferences.channel"],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("compta@brasserie.example", unchanged.GetProperty("email").GetString());
        Assert.Equal("Brasserie Lumière", unchanged.GetProperty("name").GetString());
    }

    [Fact]
    public async Task UpdateContact_NewAddressesAndLanguage_SamePutTwiceIsOneChangeAndTheNextMailUsesThem()
    {
        var update = new
        {
            name = "Brasserie Lumière", email = "factures@brasserie.example", countryCode = "FR", ccEmails = new[] { "expert-comptable@cabinet.example" },
            address = new { line1 = "8 quai Saint-Vincent", postCode = "69001", city = "Lyon" }, preferences = new { language = "English", format = "FacturX", paymentDays = 45 },
        };

        var first = await ProductApp.ExpectAsync(HttpStatusCode.OK, await delivery.PutContactAsync("fr1", update));
        var second = await ProductApp.ExpectAsync(HttpStatusCode.OK, await delivery.PutContactAsync("fr1", update));
        var read = await delivery.App.OkAsync(delivery.Key, "api/companies/acme/contacts/fr1");
        var (id, number, _) = await delivery.IssuedInvoiceAsync("fr1");
        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Sent", "the mail is sent");
        var mail = (await delivery.Mail.EmailsAsync()).Single();

        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(first.GetRawText(), read.GetRawText());
        Assert.Equal("Lyon", read.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(45, read.GetProperty("preferences").GetProperty("paymentDays").GetInt32());
        Assert.Equal(JsonValueKind.String, read.GetProperty("createdAt").ValueKind);
        Assert.Equal("factures@brasserie.example", records[0].GetProperty("receiver").GetString());
        Assert.Equal("factures@brasserie.example", mail.GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Equal("expert-comptable@cabinet.example", mail.GetProperty("cc")[0].GetProperty("address").GetString());
        Assert.Equal($"Invoice {number} from ACME", mail.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task UpdateContact_WithoutOrWithStaleIfMatch_428And412AndNothingChanges()
    {
        var body = new { name = "Brasserie Lumière", email = "nouvelle@brasserie.example", countryCode = "FR" };
        using var read = await delivery.App.SendAsync(HttpMethod.Get, "api/companies/acme/contacts/fr1", delivery.Key);
        var etag = read.Headers.ETag!.ToString();

        var withoutIfMatch = await delivery.App.SendAsync(HttpMethod.Put, "api/companies/acme/contacts/fr1", delivery.Key, body);
        var required = await ProductApp.ExpectAsync(HttpStatusCode.PreconditionRequired, withoutIfMatch);
        var updated = await delivery.PutContactAsync("fr1", body, ifMatch: etag);
        var newEtag = updated.Headers.ETag!.ToString();
        var stale = await delivery.PutContactAsync("fr1", body with { email = "perdue@brasserie.example" }, ifMatch: etag);
        await ProductApp.ExpectAsync(HttpStatusCode.PreconditionFailed, stale);
        var after = await delivery.App.OkAsync(delivery.Key, "api/companies/acme/contacts/fr1");

        Assert.Equal("application/problem+json", withoutIfMatch.Content.Headers.ContentType?.MediaType);
        Assert.Contains("If-Match", required.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(etag, newEtag);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nouvelle@brasserie.example", after.GetProperty("email").GetString());
    }

    [Fact]
    public async Task AddContact_AnswersItsETag_WhichAnEditCanUseAtOnce()
    {
        using var added = await delivery.App.SendAsync(
            HttpMethod.Post, "api/companies/acme/contacts", delivery.Key, new { id = "be1", role = "Customer", name = "Brasserie de Liège", countryCode = "BE" });
        await ProductApp.ExpectAsync(HttpStatusCode.Created, added);
        var etag = added.Headers.ETag?.ToString();
        using var read = await delivery.App.SendAsync(HttpMethod.Get, "api/companies/acme/contacts/be1", delivery.Key);

        var updated = await delivery.PutContactAsync("be1", new { name = "Brasserie de Liège", email = "compta@liege.example", countryCode = "BE" }, ifMatch: etag);

        Assert.NotNull(etag);
        Assert.Equal(read.Headers.ETag?.ToString(), etag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
    }
}
