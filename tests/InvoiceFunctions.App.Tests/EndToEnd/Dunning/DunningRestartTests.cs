using System.Text.Json;

namespace InvoiceFunctions.App.Tests.EndToEnd.Dunning;

/// <summary>
/// The host killed (no graceful shutdown) while several invoices' dunning sleeps between steps: the restarted host takes
/// the task hub's partitions over (host.json keeps Durable's queue visibility at 1 minute), the overdue steps run in
/// order, and each invoice gets each planned reminder exactly once.
/// </summary>
public sealed class DunningRestartTests : IAsyncLifetime
{
    private const int Invoices = 5;
    // Plan days of 4 s: 8 s between the notice and the first reminder, so the kill lands while every instance sleeps.
    private readonly DunningApp dunning = new(new Dictionary<string, string> { ["Dunning__DayLength"] = "00:00:04" });

    public Task InitializeAsync() => dunning.InitializeAsync();

    public Task DisposeAsync() => dunning.DisposeAsync();

    [Fact]
    public async Task HostKilledBetweenSteps_AfterRestartEveryPlannedReminderSentOnce()
    {
        var invoices = new List<(string Id, string Number)>();
        for (var i = 0; i < Invoices; i++)
        {
            invoices.Add(await dunning.IssueAsync(dueInDays: 3));
        }

        foreach (var (id, _) in invoices)
        {
            // Sent, not only claimed: a kill between the claim and the confirmation leaves the step unconfirmed (never re-sent), which is another test's story.
            await dunning.DunningWhenAsync(
                id, d => DunningApp.StepCount(d) >= 1 && d.GetProperty("steps").EnumerateArray().All(s => s.GetProperty("state").GetString() == "Sent"), "the pre-due notice is sent", 60);
        }

        await dunning.App.RestartHostAsync();
        var views = new List<JsonElement>();
        foreach (var (id, _) in invoices)
        {
            views.Add(await dunning.DunningWhenAsync(id, d => DunningApp.Status(d) == "Completed", "the dunning completes on the restarted host", 240));
        }

        await Task.Delay(DunningApp.DayLength * 3);
        var mails = await dunning.Delivery.Mail.EmailsAsync();
        foreach (var ((id, number), view) in invoices.Zip(views))
        {
            Assert.Equal(DunningApp.PlannedSteps, view.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()));
            Assert.All(view.GetProperty("steps").EnumerateArray(), s => Assert.Equal("Sent", s.GetProperty("state").GetString()));
            Assert.Equal(DunningApp.PlannedSteps.Length, mails.Count(m => m.GetProperty("subject").GetString()!.Contains(number, StringComparison.Ordinal)));
            var reminded = (await dunning.Delivery.HistoryAsync(id)).Where(e => e.GetProperty("type").GetString() == "Reminded").Select(e => e.GetProperty("detail").GetString()!.Split(' ')[0]);
            Assert.Equal(DunningApp.PlannedSteps.Select(s => $"dunning-acme-{id}:{s}"), reminded);
        }

        var messageIds = mails.Select(m => m.GetProperty("headers").GetProperty("message-id").GetString()).ToList();
        Assert.Equal(Invoices * DunningApp.PlannedSteps.Length, messageIds.Count);
        Assert.Equal(messageIds.Count, messageIds.Distinct().Count());
    }
}
