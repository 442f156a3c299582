using System.Net;
using System.Text;
using InvoiceFunctions.Core.Formats;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>HTTP export connectors end to end: each file PUT to a loopback endpoint with the configured auth header.</summary>
public sealed class HttpExportConnectorTests : IAsyncLifetime
{
    private readonly DeliveryApp delivery = new(new Dictionary<string, string>
    {
        ["Connectors__AllowLoopback"] = "true",
        ["Connectors__RetryFirstDelay"] = "00:00:01",
    });

    private readonly LoopbackReceiver receiver = new();

    public Task InitializeAsync() => delivery.InitializeAsync();

    public async Task DisposeAsync()
    {
        receiver.Dispose();
        await delivery.DisposeAsync();
    }

    [Fact]
    public async Task DeliverInvoice_HttpExport_FilesPutWithAuthHeaderAndRetriedAfterA503()
    {
        receiver.Statuses.Enqueue(HttpStatusCode.ServiceUnavailable);
        await delivery.App.CreatedAsync(delivery.Key, "api/companies/acme/connectors", new
        {
            id = "dms",
            kind = "Http",
            url = $"{receiver.Url}/upload/",
            method = "PUT",
            authHeaderName = "Authorization",
            authHeaderValue = "Bearer dms-token-123",
            fileNamePattern = "{number}.{ext}",
            formats = new[] { "Cii", "Pdf" },
        });
        var (id, number, facturX) = await delivery.IssuedInvoiceAsync("de1");

        await delivery.EnqueueAsync(id);
        await delivery.DeliveriesWhenAsync(id, r => r.Any(d => d.GetProperty("channel").GetString() == "Http" && d.GetProperty("state").GetString() == "Sent"), "the files are uploaded");
        var accepted = receiver.Requests.Where(r => r.Answered == HttpStatusCode.OK).ToList();
        var connector = await delivery.App.OkAsync(delivery.Key, "api/companies/acme/connectors/dms");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, receiver.Requests.First().Answered);
        Assert.Equal([$"/upload/{number}.cii.xml", $"/upload/{number}.pdf"], accepted.Select(r => r.Path));
        Assert.All(receiver.Requests, r => Assert.Equal("PUT", r.Method));
        Assert.All(receiver.Requests, r => Assert.Equal("Bearer dms-token-123", r.Headers["authorization"]));
        Assert.Equal(number, InvoiceXml.Read(Encoding.UTF8.GetString(accepted[0].Body)).Invoice.Number);
        Assert.Equal(facturX, accepted[1].Body);
        Assert.True(connector.GetProperty("hasAuthHeaderValue").GetBoolean());
        Assert.DoesNotContain("dms-token-123", connector.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("dms-token-123", delivery.App.Host.Output, StringComparison.Ordinal);
    }
}
