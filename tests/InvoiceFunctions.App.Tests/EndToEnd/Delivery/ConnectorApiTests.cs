using System.Net;
using System.Text.Json;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// The connector API and the SSRF guard as deployed (no development setting: loopback is refused): refused URLs and
/// secrets, credentials never returned, Idempotency-Key, admin only; a name resolving to loopback refused at delivery.
/// </summary>
public sealed class ConnectorApiTests : IAsyncLifetime
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private readonly DeliveryApp delivery = new();
    private readonly LoopbackReceiver receiver = new();

    public Task InitializeAsync() => delivery.InitializeAsync();

    public async Task DisposeAsync()
    {
        receiver.Dispose();
        await delivery.DisposeAsync();
    }

    [Theory]
    [InlineData("http://hooks.example.com/invoices", "url")]
    [InlineData("http://127.0.0.1:8080/hook", "url")]
    [InlineData("https://127.0.0.1/hook", "url")]
    [InlineData("https://169.254.169.254/latest/meta-data/", "url")]
    [InlineData("https://[fd00:ec2::254]/latest/meta-data/", "url")]
    [InlineData("https://[::ffff:10.0.0.1]/hook", "url")]
    [InlineData("https://user:secret@hooks.example.com/", "url")]
    public async Task AddConnector_RefusedUrl_ProblemNamesTheField(string url, string field)
    {
        var response = await delivery.App.SendAsync(HttpMethod.Post, "api/companies/acme/connectors", delivery.Key, new { id = "x", kind = "Webhook", url, secret = Secret });
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, response);

        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == field);
        Assert.DoesNotContain(Secret, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectorApi_AdminOnlyIdempotentAndCredentialsNeverReturned()
    {
        var (reader, _) = await delivery.App.KeyAsync("acme", "Reader");
        var body = new { id = "crm", kind = "Webhook", url = "https://hooks.example.com/invoices", secret = Secret, formats = new[] { "Ubl" } };
        var sftp = new
        {
            id = "print", kind = "Sftp", host = "sftp.example.com", userName = "acme", password = "s3cret-pa55", hostKeySha256 = "SHA256:" + new string('A', 43), folder = "/in",
            fileNamePattern = "{number}.pdf", formats = new[] { "Pdf" }, printProvider = true,
        };

        var forbidden = await delivery.App.SendAsync(HttpMethod.Post, "api/companies/acme/connectors", reader, body);
        var badSecret = await ProductApp.ExpectAsync(
            HttpStatusCode.BadRequest, await delivery.App.SendAsync(HttpMethod.Post, "api/companies/acme/connectors", delivery.Key, body with { secret = "not-a-secret" }));
        var first = await delivery.App.SendAsync(HttpMethod.Post, "api/companies/acme/connectors", delivery.Key, body, idempotencyKey: "k-1");
        var replay = await delivery.App.SendAsync(HttpMethod.Post, "api/companies/acme/connectors", delivery.Key, body, idempotencyKey: "k-1");
        var again = await delivery.App.SendAsync(HttpMethod.Post, "api/companies/acme/connectors", delivery.Key, body);
        await delivery.App.CreatedAsync(delivery.Key, "api/companies/acme/connectors", sftp);
        var replaced = await delivery.App.ExpectOkAsync(HttpMethod.Put, "api/companies/acme/connectors/crm", delivery.Key, new { name = "CRM", formats = new[] { "FacturX", "Cii" } });
        var list = await delivery.App.SendAsync(HttpMethod.Get, "api/companies/acme/connectors", delivery.Key);
        var listText = await list.Content.ReadAsStringAsync();
        var readerList = await delivery.App.SendAsync(HttpMethod.Get, "api/companies/acme/connectors", reader);
        var deleted = await delivery.App.SendAsync(HttpMethod.Delete, "api/companies/acme/connectors/print", delivery.Key);
        var gone = await delivery.App.SendAsync(HttpMethod.Get, "api/companies/acme/connectors/print", delivery.Key);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains(badSecret.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == "secret");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.True(replaced.GetProperty("hasSecret").GetBoolean());
        Assert.Equal("CRM", replaced.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("\"hasPassword\":true", listText, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", listText, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pa55", listText, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", delivery.App.Host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pa55", delivery.App.Host.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, readerList.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task DeliverInvoice_NameResolvingToLoopback_RefusedWithoutConnecting()
    {
        await delivery.App.CreatedAsync(delivery.Key, "api/companies/acme/connectors", new { id = "sneaky", kind = "Webhook", url = $"https://localhost:{receiver.Port}/hook", secret = Secret });
        var (id, _, _) = await delivery.IssuedInvoiceAsync("fr1");

        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Any(d => d.GetProperty("channel").GetString() == "Webhook" && d.GetProperty("state").GetString() == "Failed"), "the webhook is refused");
        var test = await delivery.App.OkAsync(delivery.Key, "api/companies/acme/connectors/sneaky/test", new { });
        var detail = records.Single(r => r.GetProperty("channel").GetString() == "Webhook").GetProperty("detail").GetString()!;

        Assert.StartsWith("Refused to connect to localhost: ", detail, StringComparison.Ordinal);
        Assert.Contains("is loopback", detail, StringComparison.Ordinal);
        Assert.False(test.GetProperty("ok").GetBoolean());
        Assert.Contains("is loopback", test.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(receiver.Requests);
    }
}
