using InvoiceFunctions.Adapters.Tables;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Ledger.Tests.Support;
using InvoiceFunctions.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InvoiceFunctions.Ledger.Tests.Delivery;

/// <summary>
/// A receiver confirms a mail in the instant the sender records it (Azurite): whichever write comes second is stale,
/// and neither side fails nor writes an event twice. The history ends with one Sent and one Acknowledged.
/// </summary>
public sealed class AcknowledgementRaceTests : IAsyncLifetime
{
    private readonly CancellationToken none = CancellationToken.None;
    private Azurite azurite = null!;
    private AppInstance app = null!;
    private InterleavingDeliveryStore store = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        app = await AppInstance.StartAsync(azurite.ConnectionString, configure: services =>
        {
            services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
            services.AddSingleton<InterleavingDeliveryStore>(sp => new(ActivatorUtilities.CreateInstance<TableDeliveryStore>(sp)));
            services.AddSingleton<IDeliveryStore>(sp => sp.GetRequiredService<InterleavingDeliveryStore>());
        });
        store = app.Get<InterleavingDeliveryStore>();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Confirmation_BetweenTheSendersSentAndItsFlag_SenderSettlesWithoutError()
    {
        var (company, invoiceId, sent) = await SentAttemptAsync("sender-second");
        var token = Token(sent);
        store.When = r => r is { State: DeliveryState.Sent, LedgerRecorded: true };
        store.Before = () => app.Get<DeliveryAcknowledgementService>().AcknowledgeAsync(token, new ReceiverAcknowledgement(), none);

        var settled = await app.Get<DeliveryLedger>().RecordAsync(sent, none);

        await AssertOneOfEachAsync(company, invoiceId, settled);
    }

    [Fact]
    public async Task SendersFlag_BetweenTheConfirmationsReadAndItsWrite_ConfirmationReadsAgainAndSucceeds()
    {
        var (company, invoiceId, sent) = await SentAttemptAsync("receiver-second");
        store.When = r => r.State == DeliveryState.Acknowledged;
        store.Before = () => app.Get<DeliveryLedger>().RecordAsync(sent, none);

        var confirmed = await app.Get<DeliveryAcknowledgementService>().AcknowledgeAsync(Token(sent), new ReceiverAcknowledgement(), none);

        await AssertOneOfEachAsync(company, invoiceId, confirmed);
    }

    private async Task AssertOneOfEachAsync(CompanyId company, string invoiceId, DeliveryRecord answered)
    {
        var stored = Assert.Single(await store.ListAsync(company, invoiceId, none));
        var history = await app.Get<LedgerService>().HistoryAsync(company, invoiceId, none);

        Assert.Equal(DeliveryState.Acknowledged, answered.State);
        Assert.Equal((DeliveryState.Acknowledged, true), (stored.State, stored.LedgerRecorded));
        Assert.Single(history, e => e.Type == InvoiceEventType.Sent);
        Assert.Single(history, e => e.Type == InvoiceEventType.Acknowledged);
    }

    /// <summary>An issued invoice and its mail attempt as the sender leaves it right after the SMTP send: Sent, its event not recorded yet.</summary>
    private async Task<(CompanyId Company, string InvoiceId, DeliveryRecord Sent)> SentAttemptAsync(string id)
    {
        var company = await app.CompanyAsync(id);
        var ledger = app.Get<LedgerService>();
        var draft = await ledger.CreateAsync(company, Invoices.Sales(100m, due: new DateOnly(2026, 12, 31)), "t", none);
        await ledger.IssueAsync(company, draft.Id, "F", "t", none);
        var now = DateTimeOffset.UtcNow;
        var queued = await store.TryAddAsync(
            new DeliveryRecord(company, draft.Id, DeliveryChannel.Email, 1, DeliveryReason.Issued, "request-1", DeliveryState.Queued, null, null, null, false, now, now, null), none);
        var sending = await store.UpdateAsync(queued! with { State = DeliveryState.Sending, Receiver = "ap@c1.test", MessageId = $"{draft.Id}.1@{id}.test" }, none);
        return (company, draft.Id, await store.UpdateAsync(sending with { State = DeliveryState.Sent, SentAt = now }, none));
    }

    private string Token(DeliveryRecord record) => app.Get<DeliveryAcknowledgementLinks>().PathFor(record.MessageId!).Split('/')[3];
}
