using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Payments through the local host on Azurite: the API, problem+json, the signed webhook, statements by API and by blob.</summary>
public sealed class PaymentApiTests(ProductApp app) : IClassFixture<ProductApp>
{
    private const string Csv = "booking_date,value_date,amount,currency,counterparty_name,counterparty_iban,remittance_information,creditor_reference,end_to_end_id,entry_reference\n";

    [Fact]
    public async Task Payments_RecordReviewAllocateRefundReceivables()
    {
        var (key, _) = await app.CompanyAsync("pay-api");
        var first = await InvoiceAsync(key, "pay-api", "FA-2026-0001", 100m);
        var second = await InvoiceAsync(key, "pay-api", "FA-2026-0002", 50m);

        var exact = await app.CreatedAsync(key, "api/companies/pay-api/payments", new { amount = 120, currency = "EUR", date = "2026-03-02", method = "Transfer", reference = "RF26 FA20 2600 01" });
        var loose = await app.CreatedAsync(key, "api/companies/pay-api/payments", new { amount = 100, currency = "EUR", date = "2026-03-03", method = "Cheque", payerName = "Customer One" });
        var review = await app.OkAsync(key, "api/companies/pay-api/reconciliation/review");

        Assert.Equal(120m, exact.GetProperty("allocated").GetDecimal());
        Assert.False(exact.GetProperty("needsReview").GetBoolean());
        Assert.Equal("Paid", (await app.OkAsync(key, $"api/companies/pay-api/invoices/{first}")).GetProperty("status").GetString());
        var loosed = loose.GetProperty("id").GetString()!;
        Assert.Equal([loosed], review.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));

        // The accountant allocates part of it; the request retried with its Idempotency-Key changes nothing more.
        var body = new { allocations = new[] { new { invoiceId = second, amount = 60 } } };
        var once = await app.SendAsync(HttpMethod.Post, $"api/companies/pay-api/payments/{loosed}/allocations", key, body, "alloc-1");
        var twice = await app.SendAsync(HttpMethod.Post, $"api/companies/pay-api/payments/{loosed}/allocations", key, body, "alloc-1");
        var allocated = await ProductApp.ExpectAsync(HttpStatusCode.OK, once);
        Assert.Equal(await once.Content.ReadAsStringAsync(), await twice.Content.ReadAsStringAsync());
        Assert.Equal(40m, allocated.GetProperty("unallocated").GetDecimal());
        Assert.Equal(0m, (await app.OkAsync(key, $"api/companies/pay-api/invoices/{second}")).GetProperty("balance").GetDecimal());
        Assert.Empty((await app.OkAsync(key, "api/companies/pay-api/reconciliation/review")).GetProperty("items").EnumerateArray());

        var receivables = await app.OkAsync(key, "api/companies/pay-api/receivables?asOf=2026-03-10");
        Assert.Equal(-40m, receivables.GetProperty("totals")[0].GetProperty("days1To30").GetDecimal());
        var refunded = await app.OkAsync(key, $"api/companies/pay-api/payments/{loosed}/refunds", new { amount = 40 });
        Assert.Equal(0m, refunded.GetProperty("unallocated").GetDecimal());
        var one = await app.OkAsync(key, $"api/companies/pay-api/payments/{loosed}");
        Assert.Equal(second, Assert.Single(one.GetProperty("allocations").EnumerateArray()).GetProperty("invoiceId").GetString());
        Assert.Equal(2, (await app.OkAsync(key, "api/companies/pay-api/payments")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task BadInput_AnsweredAsProblemJson()
    {
        var (key, _) = await app.CompanyAsync("pay-bad");
        var invoice = await InvoiceAsync(key, "pay-bad", "FA-9", 10m);
        var payment = (await app.CreatedAsync(key, "api/companies/pay-bad/payments", new { amount = 5, currency = "EUR", date = "2026-03-02" })).GetProperty("id").GetString()!;

        var invalid = await app.SendAsync(HttpMethod.Post, "api/companies/pay-bad/payments", key, new { amount = -1, currency = "eur", payerIban = "FR00 1234" });
        var tooMuch = await app.SendAsync(HttpMethod.Post, $"api/companies/pay-bad/payments/{payment}/allocations", key, new { allocations = new[] { new { invoiceId = invoice, amount = 6 } } });
        var missing = await app.SendAsync(HttpMethod.Get, "api/companies/pay-bad/payments/pay-nope", key);
        var statement = new HttpRequestMessage(HttpMethod.Post, "api/companies/pay-bad/bank-statements") { Content = new StringContent("<Document><Nope/></Document>", Encoding.UTF8, "application/xml") };
        statement.Headers.Authorization = new("Bearer", key);
        var garbage = await app.Host.Http.SendAsync(statement);

        foreach (var (response, status) in new[] { (invalid, 400), (tooMuch, 409), (missing, 404), (garbage, 422) })
        {
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Equal(["amount", "currency", "date", "payerIban"], errors);
        Assert.Contains("quarantine", await garbage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_ValidTamperedStaleReplayed()
    {
        var (key, _) = await app.CompanyAsync("pay-hook");
        var invoice = await InvoiceAsync(key, "pay-hook", "FA-2026-0042", 100m);
        var secretResponse = new HttpRequestMessage(HttpMethod.Get, "api/admin/companies/pay-hook/webhooks/payments/secret");
        secretResponse.Headers.Add("x-functions-key", HostProcess.MasterKey);
        var secret = (await ProductApp.ExpectAsync(HttpStatusCode.OK, await app.Host.Http.SendAsync(secretResponse))).GetProperty("secret").GetString()!;
        var body = JsonSerializer.Serialize(new { type = "payment.received", data = new { amount = 120, currency = "EUR", date = "2026-03-02", method = "Card", reference = "FA-2026-0042", payerName = "Customer One", allocations = new[] { new { invoiceId = invoice, amount = 120 } } } });
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var valid = await PostWebhookAsync("pay-hook", secret, "msg_1", now, body);
        var replayed = await PostWebhookAsync("pay-hook", secret, "msg_1", now + 1, body);
        var tampered = await PostWebhookAsync("pay-hook", secret, "msg_2", now, body, tamper: true);
        var stale = await PostWebhookAsync("pay-hook", secret, "msg_3", now - 600, body);
        var otherCompany = await PostWebhookAsync("pay-api-none", secret, "msg_4", now, body);

        var first = await ProductApp.ExpectAsync(HttpStatusCode.OK, valid);
        var second = await ProductApp.ExpectAsync(HttpStatusCode.OK, replayed);
        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal("Webhook", first.GetProperty("source").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherCompany.StatusCode);
        var paid = await app.OkAsync(key, $"api/companies/pay-hook/invoices/{invoice}");
        Assert.Equal(("Paid", 120m), (paid.GetProperty("status").GetString(), paid.GetProperty("paid").GetDecimal()));
        Assert.Single((await app.OkAsync(key, "api/companies/pay-hook/payments")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task BankStatement_ApiThenOverlappingBlob_EachEntryOnce()
    {
        var (key, _) = await app.CompanyAsync("pay-bank");
        var invoice = await InvoiceAsync(key, "pay-bank", "FA-2026-0007", 1000m);
        var rows = new[]
        {
            "2026-03-02,2026-03-02,1200.00,EUR,Customer One,,,RF58FA20260007,,BNK-1\n",
            "2026-03-02,2026-03-02,84.90,EUR,Someone,,merci,,,BNK-2\n",
            "2026-03-03,2026-03-03,10.00,EUR,Someone else,,don,,,BNK-3\n",
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "api/companies/pay-bank/bank-statements?account=FR7630006000011234567890189&name=march-1.csv")
        {
            Content = new StringContent(Csv + rows[0] + rows[1], Encoding.UTF8, "text/csv"),
        };
        request.Headers.Authorization = new("Bearer", key);

        var imported = await ProductApp.ExpectAsync(HttpStatusCode.OK, await app.Host.Http.SendAsync(request));
        Assert.Equal((2, 1, 1), (imported.GetProperty("recorded").GetInt32(), imported.GetProperty("autoAllocated").GetInt32(), imported.GetProperty("toReview").GetInt32()));
        Assert.Equal("Paid", (await app.OkAsync(key, $"api/companies/pay-bank/invoices/{invoice}")).GetProperty("status").GetString());

        var container = new BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("bank");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("pay-bank/FR7630006000011234567890189/march-2.csv").UploadAsync(BinaryData.FromString(Csv + rows[1] + rows[2]));

        await Eventually.HoldsAsync(
            async () => (await app.OkAsync(key, "api/companies/pay-bank/payments")).GetProperty("items").GetArrayLength() == 3, TimeSpan.FromSeconds(90), "the blob's new entry recorded");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(3, (await app.OkAsync(key, "api/companies/pay-bank/payments")).GetProperty("items").GetArrayLength());
        Assert.Equal(1200m, (await app.OkAsync(key, $"api/companies/pay-bank/invoices/{invoice}")).GetProperty("paid").GetDecimal());
    }

    private async Task<string> InvoiceAsync(string key, string company, string number, decimal net) =>
        (await app.CreatedAsync(key, $"api/companies/{company}/invoices", new
        {
            direction = "Sales", counterpartyId = "c1", currency = "EUR", taxExclusive = net, tax = net * 0.2m, taxInclusive = net * 1.2m,
            number, issueDate = "2026-03-01", dueDate = "2026-03-31", source = "Upload",
        })).GetProperty("id").GetString()!;

    private Task<HttpResponseMessage> PostWebhookAsync(string company, string secret, string id, long timestamp, string body, bool tamper = false)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/webhooks/payments/{company}")
        {
            Content = new StringContent(tamper ? body.Replace("120", "1200", StringComparison.Ordinal) : body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", "v1," + signature);
        return app.Host.Http.SendAsync(request);
    }
}
