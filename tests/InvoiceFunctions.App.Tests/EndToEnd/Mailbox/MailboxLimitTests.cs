using System.Net;
using InvoiceFunctions.App.Tests.Mailbox;

namespace InvoiceFunctions.App.Tests.EndToEnd.Mailbox;

/// <summary>The size limits with a small Mailbox__MaxMessageBytes (4 KiB): kept whole, kept in part, not read.</summary>
public sealed class MailboxLimitTests : IAsyncLifetime
{
    private const int Limit = 4096;
    private readonly ProductApp app = new();

    public Task InitializeAsync()
    {
        app.HostSettings["Mailbox__MaxMessageBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app.InitializeAsync();
    }

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task InboundEmail_OverTheLimit_QuarantinedWholeThenInPartThenNotRead()
    {
        var mail = new MailboxClient(app);
        var key = await mail.CompanyAsync("mb-limits", "FR61552100554");
        await mail.SettingsAsync(key, "mb-limits", new { allowedSenders = new[] { MailSamples.Supplier } });
        var whole = MailSamples.Read("purchase-facturx.eml")[..(3 * Limit)]; // over the limit, within the 4 x limit kept
        var partly = MailSamples.Read("purchase-facturx.eml")[..(6 * Limit)]; // over 4 x limit: its first 16 KiB kept
        var endless = MailSamples.Read("purchase-facturx.eml")[..(9 * Limit)]; // over 8 x limit: not read on

        var first = await ProductApp.ExpectAsync(HttpStatusCode.RequestEntityTooLarge, await mail.PostAsync(whole));
        var second = await ProductApp.ExpectAsync(HttpStatusCode.RequestEntityTooLarge, await mail.PostAsync(partly));
        var third = await ProductApp.ExpectAsync(HttpStatusCode.RequestEntityTooLarge, await mail.PostAsync(endless));
        var items = await mail.QuarantineAsync(key, "mb-limits");

        Assert.StartsWith("MessageTooLarge: 12288 bytes (at most 4096).", first.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("MessageTooLarge: 24576 bytes (at most 4096); only the first 16384 bytes are kept.", second.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Message too large", third.GetProperty("title").GetString());
        Assert.Equal([3 * Limit, 4 * Limit], items.Select(i => i.GetProperty("size").GetInt32()).Order());
        Assert.All(items, i => Assert.Equal(("mail", "MessageTooLarge"), (i.GetProperty("kind").GetString(), i.GetProperty("code").GetString())));
        var id = first.GetProperty("detail").GetString()!.Split("quarantine as ")[1].Split(' ')[0];
        Assert.Equal(whole, await mail.QuarantinedAsync("mb-limits", "mail", id));
    }
}
