using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>The transport's two kinds of failure against a real server: unreachable (retried by the queue) and 5xx (bounced).</summary>
public sealed class SmtpFailureTests
{
    [Fact]
    public async Task DeliverInvoice_SmtpDownThenUp_QueueRetriesAndOneMailArrives()
    {
        var delivery = new DeliveryApp(startMailDev: false);
        await delivery.InitializeAsync();
        try
        {
            var (id, _, _) = await delivery.IssuedInvoiceAsync("fr1");

            await delivery.EnqueueAsync(id);
            var waiting = await delivery.DeliveriesWhenAsync(
                id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Queued" && r[0].TryGetProperty("detail", out _), "the first try fails before sending");
            await delivery.StartMailDevAsync();
            var records = await delivery.DeliveriesWhenAsync(id, r => r[0].GetProperty("state").GetString() == "Sent", "a retry sends it", 90);
            var mails = await delivery.Mail.EmailsAsync();

            Assert.Contains("not reachable", waiting[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Single(records);
            Assert.Equal($"<{id}.1@invoicefunctions.localhost>", Assert.Single(mails).GetProperty("headers").GetProperty("message-id").GetString());
        }
        finally
        {
            await delivery.DisposeAsync();
        }
    }

    [Fact]
    public async Task DeliverInvoice_Smtp5xx_BouncedRecordAndLedgerEventNoRetry()
    {
        // MailDev refuses messages over 1000 bytes with 552: a permanent refusal, as a full mailbox would be.
        var delivery = new DeliveryApp(mailDevArguments: ["--max-message-size", "1000"]);
        await delivery.InitializeAsync();
        try
        {
            var (id, _, _) = await delivery.IssuedInvoiceAsync("fr1");

            await delivery.EnqueueAsync(id);
            var records = await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Bounced", "the server refuses the mail");
            var history = await delivery.HistoryAsync(id);

            Assert.StartsWith("552", records[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains(history, e => e.GetProperty("type").GetString() == "Bounced" && e.GetProperty("detail").GetString()!.StartsWith($"{id}.1@", StringComparison.Ordinal));
            Assert.DoesNotContain(history, e => e.GetProperty("type").GetString() == "Sent");
            Assert.Empty(await delivery.Mail.EmailsAsync());
        }
        finally
        {
            await delivery.DisposeAsync();
        }
    }
}
