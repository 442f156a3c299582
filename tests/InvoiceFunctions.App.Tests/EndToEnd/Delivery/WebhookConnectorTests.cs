using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// Webhook connectors end to end: queue message -> fan-out -> signed POST to a loopback receiver (Connectors__AllowLoopback,
/// the development setting), verified here with an HMAC computed independently; retries with back-off; give-up and auto-disable.
/// </summary>
public sealed class WebhookConnectorTests : IAsyncLifetime
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private readonly DeliveryApp delivery = new(new Dictionary<string, string>
    {
        ["Connectors__AllowLoopback"] = "true",
        ["Connectors__RetryFirstDelay"] = "00:00:01",
        ["Connectors__RetryMaxDelay"] = "00:00:02",
        ["Connectors__RetryWindow"] = "00:00:15",
    });

    private readonly LoopbackReceiver receiver = new();

    public Task InitializeAsync() => delivery.InitializeAsync();

    public async Task DisposeAsync()
    {
        receiver.Dispose();
        await delivery.DisposeAsync();
    }

    [Fact]
    public async Task DeliverInvoice_WebhookConnector_SignedEventWithDocumentsOnceThenResentOnRequest()
    {
        await AddWebhookAsync("crm", "FacturX", "Ubl");
        var (id, number, facturX) = await delivery.IssuedInvoiceAsync("fr1");

        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Any(IsSent("Webhook")) && r.Any(IsSent("Email")), "the webhook and the mail are sent");
        await delivery.EnqueueAsync(id);
        await Eventually.HoldsAsync(() => Task.FromResult(delivery.App.Host.Output.Split("Duplicate, nothing sent").Length >= 3), TimeSpan.FromSeconds(30), "both channels see the duplicate");
        var afterDuplicate = receiver.Requests.Count;
        var resend = await delivery.App.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{id}/deliveries?connector=crm", delivery.Key);
        var all = await delivery.DeliveriesWhenAsync(id, r => r.Count(IsSent("Webhook")) == 2, "the re-send is sent");
        var history = await delivery.HistoryAsync(id);

        var first = receiver.Requests.First();
        var signedAt = long.Parse(first.Headers["webhook-timestamp"], System.Globalization.CultureInfo.InvariantCulture);
        var key = Convert.FromBase64String(Secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Signed(first, signedAt)));
        var tampered = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Signed(first, signedAt + 1)));
        var body = JsonDocument.Parse(first.Body).RootElement;
        var documents = body.GetProperty("data").GetProperty("documents").EnumerateArray().ToList();
        var ubl = Encoding.UTF8.GetString(Convert.FromBase64String(documents[1].GetProperty("content").GetString()!));
        var webhook = records.Single(IsSent("Webhook"));

        Assert.Equal("POST", first.Method);
        Assert.Equal("/hooks/invoices", first.Path);
        Assert.Equal("application/json", first.Headers["content-type"]);
        Assert.Equal($"{id}.crm.1", first.Headers["webhook-id"]);
        Assert.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - signedAt, 0, 300);
        Assert.Equal(expected, first.Headers["webhook-signature"]);
        Assert.NotEqual(tampered, first.Headers["webhook-signature"]);
        Assert.Equal("invoice.issued", body.GetProperty("type").GetString());
        Assert.Equal(number, body.GetProperty("data").GetProperty("number").GetString());
        Assert.Equal(1200m, body.GetProperty("data").GetProperty("taxInclusive").GetDecimal());
        Assert.Equal(["FacturX", "Ubl"], documents.Select(d => d.GetProperty("format").GetString()));
        Assert.Equal(facturX, Convert.FromBase64String(documents[0].GetProperty("content").GetString()!));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(facturX)), documents[0].GetProperty("sha256").GetString());
        Assert.Equal(number, InvoiceXml.Read(ubl).Invoice.Number);
        Assert.Contains("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", ubl, StringComparison.Ordinal);
        Assert.Equal(1, afterDuplicate);
        Assert.Equal(HttpStatusCode.Accepted, resend.StatusCode);
        Assert.Equal(2, receiver.Requests.Count);
        Assert.Equal($"{id}.crm.2", receiver.Requests.Last().Headers["webhook-id"]);
        Assert.Equal("invoice.resent", JsonDocument.Parse(receiver.Requests.Last().Body).RootElement.GetProperty("type").GetString());
        Assert.Equal("crm", webhook.GetProperty("connector").GetString());
        Assert.Equal($"{receiver.Url}/hooks/invoices", webhook.GetProperty("receiver").GetString());
        Assert.Equal("HTTP 200", webhook.GetProperty("detail").GetString());
        Assert.Equal(["Issued", "Resend"], all.Where(r => r.GetProperty("channel").GetString() == "Webhook").Select(r => r.GetProperty("reason").GetString()));
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "Sent" && e.GetProperty("detail").GetString() == $"webhook crm: {id}.crm.1");
    }

    [Fact]
    public async Task DeliverInvoice_ReceiverFailsTwice_RetriedWithTheSameWebhookIdThenSent()
    {
        receiver.Statuses.Enqueue(HttpStatusCode.ServiceUnavailable);
        receiver.Statuses.Enqueue(HttpStatusCode.InternalServerError);
        await AddWebhookAsync("erp");
        var (id, _, _) = await delivery.IssuedInvoiceAsync("de1");

        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Any(IsSent("Webhook")), "the webhook is sent after two failures");

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.InternalServerError, HttpStatusCode.OK], receiver.Requests.Select(r => r.Answered));
        Assert.Single(receiver.Requests.Select(r => r.Headers["webhook-id"]).Distinct());
        Assert.Single(records, r => r.GetProperty("channel").GetString() == "Webhook");
        Assert.Contains("try 2 for invoice", delivery.App.Host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverInvoice_ReceiverAlwaysFails_FailsAfterTheWindowAndDisablesTheConnectorWithANotification()
    {
        for (var i = 0; i < 100; i++)
        {
            receiver.Statuses.Enqueue(HttpStatusCode.BadGateway);
        }

        await AddWebhookAsync("down");
        var (id, _, _) = await delivery.IssuedInvoiceAsync("de1");

        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Any(d => d.GetProperty("channel").GetString() == "Webhook" && d.GetProperty("state").GetString() == "Failed"), "the webhook gives up", 90);
        var connector = await delivery.App.OkAsync(delivery.Key, "api/companies/acme/connectors/down");
        var events = (await delivery.App.OkAsync(delivery.Key, "api/companies/acme/events")).GetProperty("items").EnumerateArray().ToList();
        var history = await delivery.HistoryAsync(id);

        Assert.True(receiver.Requests.Count >= 4, $"{receiver.Requests.Count} tries");
        Assert.StartsWith("Gave up after ", records.Single(r => r.GetProperty("channel").GetString() == "Webhook").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(connector.GetProperty("enabled").GetBoolean());
        Assert.Contains("answered HTTP 502", connector.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "connector.disabled" && e.GetProperty("invoiceId").GetString() == id);
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "DeliveryFailed" && e.GetProperty("detail").GetString()!.StartsWith("webhook down: Gave up", StringComparison.Ordinal));
    }

    /// <summary>What Standard Webhooks signs: "{webhook-id}.{webhook-timestamp}.{body}".</summary>
    private static byte[] Signed(ReceivedRequest request, long timestamp) => [.. Encoding.UTF8.GetBytes($"{request.Headers["webhook-id"]}.{timestamp}."), .. request.Body];

    [Fact]
    public async Task AcknowledgeDelivery_ReceiverConfirmsThroughItsLink_DeliveredThenAcknowledgedOnceNeverBack()
    {
        await AddWebhookAsync("erp");
        var (id, _, _) = await delivery.IssuedInvoiceAsync("fr1");
        await delivery.EnqueueAsync(id);
        await delivery.DeliveriesWhenAsync(id, r => r.Any(IsSent("Webhook")), "the webhook is sent");
        var path = JsonDocument.Parse(receiver.Requests.First().Body).RootElement.GetProperty("data").GetProperty("acknowledgePath").GetString()!;
        var token = path["/api/deliveries/".Length..^"/acknowledgement".Length];
        var tampered = $"api/deliveries/{(token[0] == 'M' ? 'N' : 'M')}{token[1..]}/acknowledgement";

        var forged = await delivery.App.SendAsync(HttpMethod.Post, tampered, null);
        var invalid = await delivery.App.SendAsync(HttpMethod.Post, path.TrimStart('/'), null, new { status = "Bounced" });
        var delivered = await ProductApp.ExpectAsync(HttpStatusCode.OK, await delivery.App.SendAsync(HttpMethod.Post, path.TrimStart('/'), null, new { status = "Delivered" }));
        var acknowledged = await ProductApp.ExpectAsync(HttpStatusCode.OK, await delivery.App.SendAsync(HttpMethod.Post, path.TrimStart('/'), null, new { note = "ERP ref 42" }));
        var again = await ProductApp.ExpectAsync(HttpStatusCode.OK, await delivery.App.SendAsync(HttpMethod.Post, path.TrimStart('/'), null));
        var lower = await ProductApp.ExpectAsync(HttpStatusCode.OK, await delivery.App.SendAsync(HttpMethod.Post, path.TrimStart('/'), null, new { status = "Delivered" }));
        var record = (await delivery.DeliveriesAsync(id)).Single(r => r.GetProperty("channel").GetString() == "Webhook");
        var history = await delivery.HistoryAsync(id);
        var invoice = await delivery.App.OkAsync(delivery.Key, $"api/companies/acme/invoices/{id}");

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("Delivered", delivered.GetProperty("state").GetString());
        Assert.Equal("Acknowledged", acknowledged.GetProperty("state").GetString());
        Assert.Equal("Acknowledged", again.GetProperty("state").GetString());
        Assert.Equal("Acknowledged", lower.GetProperty("state").GetString());
        Assert.Equal("Acknowledged", record.GetProperty("state").GetString());
        Assert.EndsWith("receiver: ERP ref 42", record.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal($"webhook erp: {id}.erp.1: confirmed by the receiver", Assert.Single(history, e => e.GetProperty("type").GetString() == "Delivered").GetProperty("detail").GetString());
        Assert.Single(history, e => e.GetProperty("type").GetString() == "Acknowledged");
        Assert.Equal("Acknowledged", invoice.GetProperty("status").GetString());
    }

    private static Func<JsonElement, bool> IsSent(string channel) =>
        r => r.GetProperty("channel").GetString() == channel && r.GetProperty("state").GetString() == "Sent";

    private Task<JsonElement> AddWebhookAsync(string id, params string[] formats) =>
        delivery.App.CreatedAsync(delivery.Key, "api/companies/acme/connectors", new
        {
            id,
            kind = "Webhook",
            url = $"{receiver.Url}/hooks/invoices",
            secret = Secret,
            formats = formats.Length == 0 ? ["FacturX"] : formats,
        });
}
