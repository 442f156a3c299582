using Azure.Data.Tables;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// At-least-once for connectors under a real crash: the host process ends right after the webhook receiver answered 200
/// and before the attempt is marked sent. The intent ("Sending") was recorded before the POST; the message comes back on
/// the restarted host, which sends again with the same webhook-id (the receiver drops the repeat by it), marks the
/// attempt sent and writes one Sent event.
/// </summary>
public sealed class ConnectorCrashTests : IAsyncLifetime
{
    private readonly DeliveryApp delivery = new(new Dictionary<string, string>
    {
        ["Connectors__AllowLoopback"] = "true",
        ["Connectors__CrashAfterSend"] = "true",
        // The crashed host's message comes back after this lease (the Functions host's is 10 minutes).
        ["LocalHost__QueueMessageLease"] = "00:00:08",
    });

    private readonly LoopbackReceiver receiver = new();

    public Task InitializeAsync() => delivery.InitializeAsync();

    public async Task DisposeAsync()
    {
        receiver.Dispose();
        await delivery.DisposeAsync();
    }

    [Fact]
    public async Task DeliverInvoice_HostKilledAfterTheReceiversAnswer_RetrySendsAgainWithTheSameIdAndRecordsOneSent()
    {
        await delivery.App.CreatedAsync(delivery.Key, "api/companies/acme/connectors", new
        {
            id = "crm", kind = "Webhook", url = $"{receiver.Url}/hooks/invoices", secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", formats = new[] { "Ubl" },
        });
        // A customer without an e-mail address: the mail fails at once, so only the connector is in flight at the crash.
        var (id, _, _) = await delivery.IssuedInvoiceAsync("nomail");

        await delivery.EnqueueAsync(id);
        await Eventually.HoldsAsync(() => Task.FromResult(delivery.App.Host.HasExited), TimeSpan.FromSeconds(90), "the host ends after the receiver's 200");
        var beforeRestart = await new TableClient(delivery.App.Azurite.ConnectionString, "Deliveries")
            .QueryAsync<TableEntity>($"PartitionKey eq 'acme' and Channel eq 'Webhook'").ToListAsync();
        var receivedAtCrash = receiver.Requests.Count;
        delivery.App.HostSettings.Remove("Connectors__CrashAfterSend");
        await delivery.App.RestartHostAsync();
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Any(d => d.GetProperty("channel").GetString() == "Webhook" && d.GetProperty("state").GetString() == "Sent"), "the retry sends again", 90);
        // The record says Sent just before its ledger event is written.
        IReadOnlyList<System.Text.Json.JsonElement> history = [];
        await Eventually.HoldsAsync(async () => (history = await delivery.HistoryAsync(id)).Any(e => e.GetProperty("type").GetString() == "Sent"), TimeSpan.FromSeconds(30), "the Sent event");

        Assert.Equal("Sending", Assert.Single(beforeRestart).GetString("State"));
        Assert.Equal(1, receivedAtCrash);
        Assert.Equal(2, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.Equal($"{id}.crm.1", r.Headers["webhook-id"]));
        Assert.Equal(1, records.Single(d => d.GetProperty("channel").GetString() == "Webhook").GetProperty("attempt").GetInt32());
        Assert.Single(history, e => e.GetProperty("type").GetString() == "Sent");
        Assert.Contains("sending again with the same delivery id", delivery.App.Host.Output, StringComparison.Ordinal);
    }
}
