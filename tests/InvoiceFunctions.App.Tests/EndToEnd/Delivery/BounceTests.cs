using Azure.Storage.Blobs;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>An asynchronous bounce: a DSN (RFC 3464, written by hand here as a receiving MTA would) about a sent mail.</summary>
public sealed class BounceTests : IAsyncLifetime
{
    private readonly DeliveryApp delivery = new();

    public Task InitializeAsync() => delivery.InitializeAsync();

    public Task DisposeAsync() => delivery.DisposeAsync();

    [Fact]
    public async Task HandleDeliveryReport_DsnForOurMessageId_AttemptBouncedOnceWithLedgerEvent()
    {
        var (id, number, _) = await delivery.IssuedInvoiceAsync("fr1");
        await delivery.EnqueueAsync(id);
        var sent = await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Sent", "the delivery is sent");
        var messageId = sent[0].GetProperty("messageId").GetString()!;
        var reports = new BlobContainerClient(delivery.App.Azurite.ConnectionString, "delivery-reports");

        await reports.UploadBlobAsync("not-a-dsn.eml", BinaryData.FromString("From: someone@example.com\r\nSubject: hello\r\n\r\nhi\r\n"));
        await reports.UploadBlobAsync("unknown.eml", BinaryData.FromString(Dsn("inv-unknown.1@invoicefunctions.localhost", number)));
        await reports.UploadBlobAsync("dsn-1.eml", BinaryData.FromString(Dsn(messageId, number)));
        var bounced = await delivery.DeliveriesWhenAsync(id, r => r[0].GetProperty("state").GetString() == "Bounced", "the DSN marks the attempt bounced");
        await reports.UploadBlobAsync("dsn-1-again.eml", BinaryData.FromString(Dsn(messageId, number)));
        await Eventually.HoldsAsync(
            () => Task.FromResult(delivery.App.Host.Output.Contains("not-a-dsn.eml is not a report", StringComparison.Ordinal)
                && delivery.App.Host.Output.Contains("inv-unknown.1@invoicefunctions.localhost, which no delivery recorded", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30),
            "the other reports are ignored");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var history = await delivery.HistoryAsync(id);

        Assert.StartsWith("DSN 5.1.1 for compta@brasserie.example: 550 5.1.1", bounced[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        var bounce = Assert.Single(history, e => e.GetProperty("type").GetString() == "Bounced");
        Assert.StartsWith($"{messageId}: DSN 5.1.1", bounce.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Sent", (await delivery.App.OkAsync(delivery.Key, $"api/companies/acme/invoices/{id}")).GetProperty("status").GetString());
    }

    internal static string Dsn(string messageId, string number) => string.Join("\r\n",
        "From: Mail Delivery System <MAILER-DAEMON@mx.brasserie.example>",
        "To: invoices@invoicefunctions.localhost",
        "Subject: Undelivered Mail Returned to Sender",
        "Date: Mon, 2 Mar 2026 10:00:00 +0100",
        $"Message-ID: <dsn-{Guid.NewGuid():N}@mx.brasserie.example>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"",
        "",
        "--b1",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is the mail system. Your message could not be delivered.",
        "",
        "--b1",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.brasserie.example",
        "Arrival-Date: Mon, 2 Mar 2026 09:59:58 +0100",
        "",
        "Final-Recipient: rfc822; compta@brasserie.example",
        "Original-Recipient: rfc822; compta@brasserie.example",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550 5.1.1 <compta@brasserie.example>: Recipient address rejected: User unknown",
        "",
        "--b1",
        "Content-Type: text/rfc822-headers",
        "",
        "From: ACME <invoices@invoicefunctions.localhost>",
        "To: compta@brasserie.example",
        $"Subject: Facture {number} de ACME",
        $"Message-ID: <{messageId}>",
        "",
        "--b1--",
        "");
}
