using Azure.Data.Tables;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// The reconciliation rule under a real crash: the host process ends right after MailDev accepted the mail and before the
/// attempt is marked sent. The message comes back on the restarted host, which finds the intent without confirmation,
/// marks it unconfirmed and sends nothing: exactly one mail. A person then asks for a re-send through the API.
/// </summary>
public sealed class DeliveryCrashTests : IAsyncLifetime
{
    private readonly DeliveryApp delivery = new(new Dictionary<string, string>
    {
        ["Delivery__CrashAfterSmtpAccept"] = "true",
        // The crashed host's message comes back after this lease (the Functions host's is 10 minutes).
        ["LocalHost__QueueMessageLease"] = "00:00:08",
    });

    public Task InitializeAsync() => delivery.InitializeAsync();

    public Task DisposeAsync() => delivery.DisposeAsync();

    [Fact]
    public async Task DeliverInvoice_HostKilledAfterSmtpAccept_RetryMarksUnconfirmedAndSendsNothing()
    {
        var (id, _, _) = await delivery.IssuedInvoiceAsync("fr1");

        await delivery.EnqueueAsync(id);
        await Eventually.HoldsAsync(() => Task.FromResult(delivery.App.Host.HasExited), TimeSpan.FromSeconds(60), "the host ends after the SMTP accept");
        var beforeRestart = await new TableClient(delivery.App.Azurite.ConnectionString, "Deliveries").QueryAsync<TableEntity>($"PartitionKey eq 'acme'").ToListAsync();
        var mailsAtCrash = await delivery.Mail.EmailsAsync();
        delivery.App.HostSettings.Remove("Delivery__CrashAfterSmtpAccept");
        await delivery.App.RestartHostAsync();
        var records = await delivery.DeliveriesWhenAsync(id, r => r[0].GetProperty("state").GetString() == "Unconfirmed", "the retry reconciles the intent", 90);
        await delivery.EnqueueAsync(id);
        await Eventually.HoldsAsync(() => Task.FromResult(delivery.App.Host.Output.Contains("Duplicate, nothing sent", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "a later duplicate is handled");
        var mails = await delivery.Mail.EmailsAsync();
        var history = await delivery.HistoryAsync(id);
        var resend = await delivery.App.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{id}/deliveries", delivery.Key, new { }, "resend-1");
        var afterResend = await delivery.DeliveriesWhenAsync(id, r => r.Count == 2 && r[1].GetProperty("state").GetString() == "Sent", "the re-send asked for is sent");

        Assert.Equal("Sending", Assert.Single(beforeRestart).GetString("State"));
        Assert.Single(mailsAtCrash);
        Assert.Single(mails);
        Assert.Equal($"<{id}.1@invoicefunctions.localhost>", mails[0].GetProperty("headers").GetProperty("message-id").GetString());
        Assert.Single(records);
        Assert.Contains("never confirmed", records[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(history, e => e.GetProperty("type").GetString() == "Sent");
        Assert.Equal(System.Net.HttpStatusCode.Accepted, resend.StatusCode);
        Assert.Equal($"{id}.2@invoicefunctions.localhost", afterResend[1].GetProperty("messageId").GetString());
        Assert.Equal(2, (await delivery.Mail.EmailsAsync()).Count);
    }
}
