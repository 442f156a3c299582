using System.Net;
using System.Text.Json;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>
/// Every company route: a key of company B cannot read, list, download or mutate company A's data (404, nothing
/// changes); no key is 401; a reader cannot write (403). One principal holds roles in two companies with one key.
/// </summary>
public sealed class AccessIsolationTests(ProductApp app) : IClassFixture<ProductApp>
{
    /// <summary>Method, route under /api/companies/{company}/ ({id} an invoice, {sha} an archived object, {pay} a payment), the least role, a body.</summary>
    public static readonly TheoryData<string, string, string> Routes = new()
    {
        { "GET", "", "Reader" },
        { "GET", "contacts", "Reader" },
        { "POST", "contacts", "Accountant" },
        { "GET", "products", "Reader" },
        { "POST", "products", "Accountant" },
        { "GET", "invoices", "Reader" },
        { "POST", "invoices", "Accountant" },
        { "GET", "invoices/{id}", "Reader" },
        { "GET", "invoices/{id}/history", "Reader" },
        { "POST", "invoices/{id}/issue", "Accountant" },
        { "POST", "invoices/{id}/lifecycle", "Accountant" },
        { "POST", "invoices/{id}/payments", "Accountant" },
        { "POST", "invoices/{id}/events", "Accountant" },
        { "POST", "invoices/{id}/archive", "Accountant" },
        { "GET", "invoices/{id}/documents/original", "Reader" },
        { "GET", "settings/ledger", "Reader" },
        { "POST", "settings/ledger", "Admin" },
        { "GET", "archive/entries", "Reader" },
        { "GET", "archive/objects/{sha}", "Reader" },
        { "GET", "archive/export", "Reader" },
        { "GET", "archive/verify", "Reader" },
        { "GET", "payments", "Reader" },
        { "POST", "payments", "Accountant" },
        { "GET", "payments/{pay}", "Reader" },
        { "POST", "payments/{pay}/allocations", "Accountant" },
        { "POST", "payments/{pay}/refunds", "Accountant" },
        { "POST", "bank-statements", "Accountant" },
        { "GET", "settings/bank-csv", "Reader" },
        { "PUT", "settings/bank-csv", "Admin" },
        { "GET", "reconciliation/review", "Reader" },
        { "GET", "receivables", "Reader" },
        { "GET", "settings/email", "Reader" },
        { "PUT", "settings/email", "Admin" },
        { "GET", "invoices/{id}/deliveries", "Reader" },
        { "POST", "invoices/{id}/deliveries", "Accountant" },
    };

    private static readonly SemaphoreSlim Setup = new(1, 1);
    private static World? world;

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_KeyOfAnotherCompany_404AndNothingChanges(string method, string route, string role)
    {
        var w = await WorldAsync();
        var before = await SnapshotAsync(w);

        var response = await app.SendAsync(new HttpMethod(method), Path("acme", route, w), w.GlobexAdmin, Body(route), $"attack-{method}-{route}");
        var unauthenticated = await app.SendAsync(new HttpMethod(method), Path("acme", route, w), null, Body(route));

        await ProductApp.ExpectAsync(HttpStatusCode.NotFound, response);
        await ProductApp.ExpectAsync(HttpStatusCode.Unauthorized, unauthenticated);
        Assert.Equal(before, await SnapshotAsync(w));
        Assert.NotEmpty(role);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_RoleBelowTheOneNeeded_403(string method, string route, string role)
    {
        var w = await WorldAsync();
        var below = role switch { "Admin" => w.AcmeAccountant, "Accountant" => w.AcmeReader, _ => null };
        if (below is null)
        {
            // A reader route: the lowest role passes; the key's own company answers.
            Assert.NotEqual(HttpStatusCode.NotFound, (await app.SendAsync(new HttpMethod(method), Path("acme", route, w), w.AcmeReader)).StatusCode);
            return;
        }

        await ProductApp.ExpectAsync(HttpStatusCode.Forbidden, await app.SendAsync(new HttpMethod(method), Path("acme", route, w), below, Body(route)));
    }

    [Fact]
    public async Task ArchiveObject_AnotherCompanysHashUnderItsOwnRoute_404()
    {
        var w = await WorldAsync();

        var viaOwnRoute = await app.SendAsync(HttpMethod.Get, $"api/companies/globex/archive/objects/{w.AcmeSha}", w.GlobexAdmin);

        await ProductApp.ExpectAsync(HttpStatusCode.NotFound, viaOwnRoute);
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Get, $"api/companies/acme/archive/objects/{w.AcmeSha}", w.AcmeReader)).StatusCode);
    }

    [Fact]
    public async Task OnePrincipal_RolesInTwoCompanies_SameKeySwitchesByRoute()
    {
        var w = await WorldAsync();
        var (key, principal) = await app.KeyAsync("acme", "Accountant");
        var beforeGrant = await app.SendAsync(HttpMethod.Get, "api/companies/globex/invoices", key);

        await ProductApp.ExpectAsync(HttpStatusCode.OK, await app.AdminPostAsync("api/admin/companies/globex/members", new { principalId = principal, role = "Reader" }));
        var readGlobex = await app.SendAsync(HttpMethod.Get, "api/companies/globex/invoices", key);
        var writeGlobex = await app.SendAsync(HttpMethod.Post, "api/companies/globex/contacts", key, new { id = "x", role = "Customer", name = "X", countryCode = "FR" });
        var writeAcme = await app.SendAsync(HttpMethod.Post, "api/companies/acme/contacts", key, new { id = "from-shared-key", role = "Customer", name = "X", countryCode = "FR" });
        var unknownPrincipal = await app.AdminPostAsync("api/admin/companies/globex/members", new { principalId = "prn_doesnotexist", role = "Reader" });

        await ProductApp.ExpectAsync(HttpStatusCode.NotFound, beforeGrant);
        await ProductApp.ExpectAsync(HttpStatusCode.OK, readGlobex);
        await ProductApp.ExpectAsync(HttpStatusCode.Forbidden, writeGlobex);
        await ProductApp.ExpectAsync(HttpStatusCode.Created, writeAcme);
        await ProductApp.ExpectAsync(HttpStatusCode.NotFound, unknownPrincipal);
        Assert.NotNull(w);
    }

    private static string Path(string company, string route, World w) =>
        $"api/companies/{company}" + (route.Length == 0 ? "" : "/" + route.Replace("{id}", w.AcmeInvoice, StringComparison.Ordinal).Replace("{sha}", w.AcmeSha, StringComparison.Ordinal).Replace("{pay}", w.AcmePayment, StringComparison.Ordinal));

    private static object? Body(string route) => route switch
    {
        "contacts" => new { id = "intruder", role = "Customer", name = "Intruder", countryCode = "FR" },
        "products" => new { id = "intruder", name = "Intruder", category = "x", unitPrice = 1, currency = "EUR", vatRate = 20 },
        "invoices" => new { direction = "Sales", counterpartyId = "c1", currency = "EUR", taxExclusive = 1, tax = 0, taxInclusive = 1 },
        "invoices/{id}/issue" => new { series = "F" },
        "invoices/{id}/lifecycle" => new { code = 207 },
        "invoices/{id}/payments" => new { amount = 1 },
        "invoices/{id}/events" => new { type = "Disputed" },
        "invoices/{id}/archive" => new { files = new[] { new { kind = "Original", name = "x.xml", contentType = "application/xml", content = new byte[] { 1 } } } },
        "settings/ledger" => new { duplicatePolicy = "Block" },
        "payments" => new { amount = 1, currency = "EUR", date = "2026-03-02", allocations = Array.Empty<object>() },
        "payments/{pay}/allocations" => new { allocations = new[] { new { invoiceId = "inv-x", amount = 1 } } },
        "payments/{pay}/refunds" => new { amount = 1 },
        "bank-statements" => new { note = "not a statement" },
        "settings/bank-csv" => new { delimiter = ";", bookingDate = "Date", amount = "Montant", currency = "Devise" },
        "settings/email" => new { senderAddress = "intruder@evil.example", attachments = "Xml" },
        "invoices/{id}/deliveries" => new { },
        _ => null,
    };

    /// <summary>What company A has, read with its own key: contacts, products, invoices with their history, archive entries, settings.</summary>
    private async Task<string> SnapshotAsync(World w)
    {
        var parts = new List<string>();
        foreach (var path in new[] { "contacts", "products", "invoices", $"invoices/{w.AcmeInvoice}/history", "archive/entries", "settings/ledger", "payments", "settings/email", $"invoices/{w.AcmeInvoice}/deliveries" })
        {
            var body = await app.OkAsync(w.AcmeAdmin, $"api/companies/acme/{path}");
            parts.Add(JsonSerializer.Serialize(body));
        }

        return string.Join("\n", parts);
    }

    private async Task<World> WorldAsync()
    {
        await Setup.WaitAsync();
        try
        {
            if (world is null || !ReferenceEquals(world.App, app))
            {
                var (acmeAdmin, _) = await app.CompanyAsync("acme");
                var (globexAdmin, _) = await app.CompanyAsync("globex");
                var (acmeAccountant, _) = await app.KeyAsync("acme", "Accountant");
                var (acmeReader, _) = await app.KeyAsync("acme", "Reader");
                var invoice = (await app.CreatedAsync(acmeAdmin, "api/companies/acme/invoices", new { direction = "Sales", counterpartyId = "c1", currency = "EUR", taxExclusive = 100, tax = 20, taxInclusive = 120 })).GetProperty("id").GetString()!;
                await app.OkAsync(acmeAdmin, $"api/companies/acme/invoices/{invoice}/issue", new { series = "F" });
                var content = "<Invoice>acme</Invoice>"u8.ToArray();
                await app.CreatedAsync(acmeAdmin, $"api/companies/acme/invoices/{invoice}/archive", new { files = new[] { new { kind = "Original", name = "a.xml", contentType = "application/xml", content } } });
                var payment = (await app.CreatedAsync(acmeAdmin, "api/companies/acme/payments", new { amount = 10, currency = "EUR", date = "2026-03-02", allocations = Array.Empty<object>() })).GetProperty("id").GetString()!;
                world = new World(app, acmeAdmin, acmeAccountant, acmeReader, globexAdmin, invoice, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), payment);
            }

            return world;
        }
        finally
        {
            Setup.Release();
        }
    }

    private sealed record World(ProductApp App, string AcmeAdmin, string AcmeAccountant, string AcmeReader, string GlobexAdmin, string AcmeInvoice, string AcmeSha, string AcmePayment);
}
