using InvoiceFunctions.Adapters.Mail;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Recurring;
using InvoiceFunctions.Core.Recurring;
using InvoiceFunctions.Ledger.Tests.Support;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InvoiceFunctions.Ledger.Tests.Recurring;

/// <summary>
/// The activity that paused a subscription died before its alert (the pause stored, the alert not claimed): the
/// retried activity, and others running at once, send the company exactly one mail (MailDev) and one feed event.
/// </summary>
public sealed class PauseAlertRetryTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private MailDev mail = null!;
    private AppInstance app = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        mail = await MailDev.StartAsync(FreePorts.Next());
        app = await AppInstance.StartAsync(azurite.ConnectionString, configure: services =>
        {
            services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
            services.Configure<SmtpOptions>(o => (o.Host, o.Port, o.Security) = ("127.0.0.1", mail.SmtpPort, SmtpSecurity.None));
            services.Configure<DeliveryOptions>(o => o.DefaultSenderAddress = "invoices@invoicefunctions.localhost");
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await mail.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task BillAsync_PauseStoredAlertNotSent_RetriedAndConcurrentRunsSendOneAlert()
    {
        var company = await app.CompanyAsync("alerts");
        await app.Get<BillingProfileService>().SaveAsync(company, new BillingProfile(Email: "billing@alerts.test", Language: DocumentLanguage.English), CancellationToken.None);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var created = await app.Get<SubscriptionService>().CreateAsync(
            company, new NewSubscription("weekly", "c1", "EUR", [new SubscriptionLine("Support", 1, 10m, 20)], BillingSchedule.Weekly(start), start), CancellationToken.None);
        var store = app.Get<ISubscriptionStore>();
        var stored = await store.FindAsync(company, created.Id, CancellationToken.None);
        var pausedAt = DateTimeOffset.UtcNow;
        await store.TryUpdateAsync(stored!, stored! with { Status = SubscriptionStatus.Paused, PausedReason = "The document breaks 1 rule(s): FR-02.", PausedAt = pausedAt }, CancellationToken.None);

        var billing = app.Get<RecurringBilling>();
        var now = DateTimeOffset.UtcNow;
        var retried = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => billing.BillAsync(company, "weekly", now, CancellationToken.None)));
        var again = await billing.BillAsync(company, "weekly", now, CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await mail.EmailsAsync()).Count > 0, TimeSpan.FromSeconds(30), "the alert reaches MailDev");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var mails = await mail.EmailsAsync();
        var events = (await app.Get<IOutboundEventStore>().ReadAsync(company, 100, null, CancellationToken.None)).Items.Where(e => e.Type == SubscriptionPauseAlerts.EventType).ToList();
        var after = await store.FindAsync(company, "weekly", CancellationToken.None);

        var alert = Assert.Single(mails);
        Assert.Equal("Subscription paused: weekly", alert.GetProperty("subject").GetString());
        Assert.Equal("billing@alerts.test", alert.GetProperty("to")[0].GetProperty("address").GetString());
        var feed = Assert.Single(events);
        Assert.Equal(("weekly", "The document breaks 1 rule(s): FR-02."), (feed.InvoiceId, feed.Detail));
        Assert.True(after!.PauseAlerted);
        Assert.Contains(retried, o => o.Failure == "The document breaks 1 rule(s): FR-02.");
        Assert.All(retried.Concat([again]), o => Assert.Empty(o.InvoiceIds));
        Assert.Null(again.Failure); // alerted: a later look is no failure of that run
    }
}
