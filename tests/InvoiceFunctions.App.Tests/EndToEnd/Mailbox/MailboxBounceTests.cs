using System.Net;
using System.Text;
using InvoiceFunctions.App.Tests.EndToEnd.Delivery;
using InvoiceFunctions.App.Tests.Mailbox;

namespace InvoiceFunctions.App.Tests.EndToEnd.Mailbox;

/// <summary>A DSN for one of our mails arriving at the mailbox goes to the delivery workflow, not to the import.</summary>
public sealed class MailboxBounceTests : IAsyncLifetime
{
    private readonly DeliveryApp delivery = new();

    public Task InitializeAsync() => delivery.InitializeAsync();

    public Task DisposeAsync() => delivery.DisposeAsync();

    [Fact]
    public async Task InboundEmail_DsnForOurMail_AttemptBouncedOnceNothingImported()
    {
        var (id, _, _) = await delivery.IssuedInvoiceAsync("fr1");
        await delivery.EnqueueAsync(id);
        var sent = await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Sent", "the invoice is e-mailed");
        var messageId = sent[0].GetProperty("messageId").GetString()!;
        var dsn = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(MailSamples.Read("dsn-failed.eml")).Replace("inv-0001.1@invoicefunctions.localhost", messageId, StringComparison.Ordinal));
        var mail = new MailboxClient(delivery.App);

        var first = await ProductApp.ExpectAsync(HttpStatusCode.OK, await mail.PostAsync(dsn));
        var again = await ProductApp.ExpectAsync(HttpStatusCode.OK, await mail.PostAsync(dsn));
        await mail.DropAsync("dsn.eml", dsn);
        await delivery.DeliveriesWhenAsync(id, r => r[0].GetProperty("state").GetString() == "Bounced", "the attempt is bounced");
        var invoices = await mail.InvoicesAsync(delivery.Key, DeliveryApp.Company);

        Assert.Equal(("DeliveryReport", "Recorded"), (first.GetProperty("outcome").GetString(), first.GetProperty("reason").GetString()));
        Assert.Empty(first.GetProperty("attachments").EnumerateArray());
        Assert.True(again.GetProperty("replayed").GetBoolean());
        Assert.Single(await delivery.HistoryAsync(id), e => e.GetProperty("type").GetString() == "Bounced");
        Assert.Single(invoices);
    }
}
