using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace InvoiceFunctions.App.Tests.EndToEnd.Intake;

/// <summary>
/// POST /api/webhooks/{partner} through the local host: signatures made here with HMAC-SHA256 (not the product's code),
/// the three events, replays by webhook-id, bad and stale signatures, unknown partners, secret rotation.
/// </summary>
public sealed class PartnerWebhookTests(ProductApp app) : IClassFixture<ProductApp>
{
    [Fact]
    public async Task InvoiceSubmitted_ImportedOnce_ReplayAnsweredAlike()
    {
        var (key, partner, secret) = await PartnerAsync("pw-submit", "FR05987654321");
        var body = Event("invoice.submitted", new { fileName = "F20180027.pdf", content = Convert.ToBase64String(IntakeFiles.FrenchFacturX) });

        var first = await PostAsync(partner, secret, "msg-1", Now, body);
        var again = await PostAsync(partner, secret, "msg-1", Now, body);

        var receipt = await ProductApp.ExpectAsync(HttpStatusCode.OK, first);
        var replay = await ProductApp.ExpectAsync(HttpStatusCode.OK, again);
        Assert.Equal("Imported", receipt.GetProperty("outcome").GetString());
        Assert.False(receipt.GetProperty("replayed").GetBoolean());
        Assert.True(replay.GetProperty("replayed").GetBoolean());
        Assert.Equal(receipt.GetProperty("resourceId").GetString(), replay.GetProperty("resourceId").GetString());
        var invoice = Assert.Single((await app.OkAsync(key, "api/companies/pw-submit/invoices")).GetProperty("items").EnumerateArray());
        Assert.Equal("Webhook", invoice.GetProperty("source").GetString());
        Assert.Equal(receipt.GetProperty("resourceId").GetString(), invoice.GetProperty("id").GetString());
    }

    [Fact]
    public async Task StatusAndPayment_ForAnInvoiceNamedByNumber()
    {
        var (key, partner, secret) = await PartnerAsync("pw-status", "FR32123456789");
        await app.CreatedAsync(key, "api/companies/pw-status/contacts", new { id = "c1", role = "Customer", name = "Customer One", countryCode = "FR" });
        var invoice = (await app.CreatedAsync(key, "api/companies/pw-status/invoices", new
        {
            direction = "Sales", counterpartyId = "c1", currency = "EUR", taxExclusive = 100m, tax = 20m, taxInclusive = 120m,
            number = "FA-2026-0042", issueDate = "2026-03-01", dueDate = "2026-03-31", source = "Api",
        })).GetProperty("id").GetString()!;

        var status = await ProductApp.ExpectAsync(
            HttpStatusCode.OK, await PostAsync(partner, secret, "st-1", Now, Event("invoice.status", new { number = "FA-2026-0042", code = 204 })));
        var paid = await ProductApp.ExpectAsync(
            HttpStatusCode.OK,
            await PostAsync(partner, secret, "pay-1", Now, Event("payment.received", new
            {
                amount = 120m, currency = "EUR", date = "2026-03-20", allocations = new[] { new { invoiceId = invoice, amount = 120m } },
            })));
        var unknown = await PostAsync(partner, secret, "st-2", Now, Event("invoice.status", new { number = "NOPE-1", code = 204 }));

        Assert.Equal(invoice, status.GetProperty("resourceId").GetString());
        Assert.Equal("Allocated", paid.GetProperty("outcome").GetString());
        var after = await app.OkAsync(key, $"api/companies/pw-status/invoices/{invoice}");
        Assert.Equal("Paid", after.GetProperty("status").GetString());
        Assert.Equal(204, after.GetProperty("lifecycleCode").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task BadSignatures_StaleTimestamps_UnknownPartners_Refused_RotationKeepsOldSecretOnce()
    {
        var (key, partner, secret) = await PartnerAsync("pw-sig", "FR61552100554");
        var body = Event("invoice.status", new { invoiceId = "inv-none", code = 204 });

        var tampered = await PostAsync(partner, secret, "s-1", Now, body, signed: body.Replace("204", "212", StringComparison.Ordinal));
        var stale = await PostAsync(partner, secret, "s-2", Now - 600, body);
        var stranger = await PostAsync("ptn-00000000000000000000", secret, "s-3", Now, body);
        var unsigned = new HttpRequestMessage(HttpMethod.Post, $"api/webhooks/{partner}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Host.Http.SendAsync(unsigned)).StatusCode);
        Assert.Equal(
            (await ProductApp.ExpectAsync(HttpStatusCode.Unauthorized, tampered)).GetProperty("detail").GetString(),
            (await ProductApp.ExpectAsync(HttpStatusCode.Unauthorized, stranger)).GetProperty("detail").GetString());

        // After one rotation both secrets verify; after a second, the first no longer does.
        var second = (await app.OkAsync(key, $"api/companies/pw-sig/partners/{partner}/rotate", new { })).GetProperty("secret").GetString()!;
        Assert.NotEqual(secret, second);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(partner, secret, "s-4", Now, body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(partner, second, "s-5", Now, body)).StatusCode);
        await app.OkAsync(key, $"api/companies/pw-sig/partners/{partner}/rotate", new { });
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(partner, secret, "s-6", Now, body)).StatusCode);
        Assert.Equal([2, 3], (await app.OkAsync(key, "api/companies/pw-sig/partners")).GetProperty("items")[0].GetProperty("secretVersions").EnumerateArray().Select(v => v.GetInt32()));
    }

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string Event(string type, object data) => JsonSerializer.Serialize(new { type, data });

    private async Task<(string Key, string Partner, string Secret)> PartnerAsync(string company, string vatId)
    {
        Assert.Equal(HttpStatusCode.Created, (await app.AdminPostAsync("api/admin/companies", new { id = company, name = company.ToUpperInvariant(), vatId, countryCode = "FR" })).StatusCode);
        var (key, _) = await app.KeyAsync(company, "Admin");
        var created = await app.CreatedAsync(key, $"api/companies/{company}/partners", new { name = "platform" });
        Assert.Equal($"/api/webhooks/{created.GetProperty("id").GetString()}", created.GetProperty("url").GetString());
        return (key, created.GetProperty("id").GetString()!, created.GetProperty("secret").GetString()!);
    }

    private Task<HttpResponseMessage> PostAsync(string partner, string secret, string id, long timestamp, string body, string? signed = null)
    {
        var mac = HMACSHA256.HashData(Convert.FromBase64String(secret["whsec_".Length..]), Encoding.UTF8.GetBytes($"{id}.{timestamp}.{signed ?? body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/webhooks/{partner}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", "v1,bm90LWEtc2lnbmF0dXJl v1," + Convert.ToBase64String(mac));
        return app.Host.Http.SendAsync(request);
    }
}
