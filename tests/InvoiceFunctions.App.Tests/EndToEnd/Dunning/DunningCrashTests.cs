using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Dunning;

/// <summary>
/// At most once under a real crash: the host process ends right after MailDev accepted the first reminder, before its step
/// is marked sent. The restarted host replays the activity, finds the claim still "sending", marks it unconfirmed and
/// sends nothing; the later steps go on. MailDev counts exactly one mail per step.
/// </summary>
public sealed class DunningCrashTests : IAsyncLifetime
{
    private readonly DunningApp dunning = new(new Dictionary<string, string> { ["Dunning__CrashAfterSend"] = "true" });

    public Task InitializeAsync() => dunning.InitializeAsync();

    public Task DisposeAsync() => dunning.DisposeAsync();

    [Fact]
    public async Task HostKilledAfterSmtpAccept_StepUnconfirmedNotResent_LaterStepsSentOnce()
    {
        var (id, number) = await dunning.IssueAsync();

        await Eventually.HoldsAsync(() => Task.FromResult(dunning.App.Host.HasExited), TimeSpan.FromSeconds(60), "the host ends after the SMTP accept");
        var mailsAtCrash = (await dunning.MailsAsync(number)).Count;
        dunning.App.HostSettings.Remove("Dunning__CrashAfterSend");
        await dunning.App.RestartHostAsync();
        var done = await dunning.DunningWhenAsync(id, d => DunningApp.Status(d) == "Completed", "the dunning completes on the restarted host", 240);
        await Task.Delay(DunningApp.DayLength * 2);
        var mails = await dunning.MailsAsync(number);
        var history = await dunning.Delivery.HistoryAsync(id);

        Assert.Equal(1, mailsAtCrash);
        var steps = done.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(DunningApp.PlannedSteps, steps.Select(s => s.GetProperty("step").GetString()));
        Assert.Equal(["Unconfirmed", "Sent", "Sent", "Sent"], steps.Select(s => s.GetProperty("state").GetString()));
        Assert.Equal(4, mails.Count);
        Assert.Equal(4, mails.Select(m => m.GetProperty("headers").GetProperty("message-id").GetString()).Distinct().Count());
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "DeliveryFailed" && e.GetProperty("detail").GetString()!.StartsWith($"dunning-acme-{id}:preduenotice PreDueNotice Unconfirmed", StringComparison.Ordinal));
        Assert.Equal(3, history.Count(e => e.GetProperty("type").GetString() == "Reminded"));
    }
}
