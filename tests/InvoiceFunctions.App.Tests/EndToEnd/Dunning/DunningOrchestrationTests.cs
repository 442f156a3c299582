using System.Text.Json;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Dunning;

/// <summary>
/// Invoices' dunning as Durable orchestrations in the local host, on real durable timers with a plan day of 2 seconds,
/// mailing through MailDev: exactly the planned reminders, a payment stops the next one, a credit stops it, a dispute pauses.
/// </summary>
public sealed class DunningOrchestrationTests : IAsyncLifetime
{
    private readonly DunningApp dunning = new();

    public Task InitializeAsync() => dunning.InitializeAsync();

    public Task DisposeAsync() => dunning.DisposeAsync();

    [Fact]
    public async Task UnpaidInvoice_GetsExactlyThePlannedReminders_EachOnceInTheLedger()
    {
        var (id, number) = await dunning.IssueAsync();

        var done = await dunning.DunningWhenAsync(id, d => DunningApp.Status(d) == "Completed", "the dunning completes");
        await Task.Delay(DunningApp.DayLength * 2);
        var mails = await dunning.MailsAsync(number);
        var history = (await dunning.Delivery.HistoryAsync(id)).Where(e => e.GetProperty("type").GetString() == "Reminded").ToList();

        var instance = $"dunning-acme-{id}";
        Assert.Equal("every planned step taken", done.GetProperty("outcome").GetString());
        Assert.Equal(DunningApp.PlannedSteps, done.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()));
        Assert.All(done.GetProperty("steps").EnumerateArray(), s => Assert.Equal("Sent", s.GetProperty("state").GetString()));
        Assert.Equal(
            [$"Échéance prochaine de la facture {number}", $"Rappel : facture {number} impayée", $"Rappel : facture {number} impayée", $"Relance ferme : facture {number} impayée"],
            mails.Select(m => m.GetProperty("subject").GetString()));
        Assert.Equal(DunningApp.PlannedSteps.Select(s => $"{instance}:{s}"), history.Select(e => e.GetProperty("detail").GetString()!.Split(' ')[0]));
        var firm = mails[^1].GetProperty("text").GetString()!;
        Assert.Contains("impayée depuis 3 jour(s)", firm, StringComparison.Ordinal);
        Assert.Contains(CreditorReference.Create(number).Value, firm, StringComparison.Ordinal);
        Assert.Contains("1\u202f200,00 EUR", firm, StringComparison.Ordinal);
        Assert.Equal("compta@brasserie.example", mails[0].GetProperty("to")[0].GetProperty("address").GetString());

        // 1 200.00 x 12.15 % x 3 days / 365 = 1.198 -> 1.20, as a separate fee document; the invoice itself is unchanged.
        var invoices = (await dunning.App.OkAsync(dunning.Key, "api/companies/acme/invoices")).GetProperty("items").EnumerateArray().ToList();
        var fee = Assert.Single(invoices, i => i.GetProperty("number").GetString()?.StartsWith("FRAIS-", StringComparison.Ordinal) == true);
        Assert.Equal(1.20m, fee.GetProperty("amounts").GetProperty("taxInclusive").GetDecimal());
        Assert.Equal(0m, fee.GetProperty("amounts").GetProperty("tax").GetDecimal());
        Assert.Contains($"1,20 EUR (facture {fee.GetProperty("number").GetString()})", firm, StringComparison.Ordinal);
        Assert.Equal(1200m, invoices.Single(i => i.GetProperty("id").GetString() == id).GetProperty("amounts").GetProperty("taxInclusive").GetDecimal());

        // The reminder letters (PDF) attached from the first reminder on, read back with PdfPig: the invoice, its amount due, the fees.
        var letters = await Task.WhenAll(mails.Select(dunning.LetterAsync));
        var feeNumber = fee.GetProperty("number").GetString()!;
        Assert.Null(letters[0]);
        Assert.Equal([$"relance-{number}-reminder-1.pdf", $"relance-{number}-reminder-2.pdf", $"relance-{number}-firmreminder.pdf"], letters[1..].Select(l => l!.Value.FileName));
        Assert.All(letters[1..3], l => Assert.Matches($@"RELANCE .*{number} .*\b1 200,00 € .*Total dû 1 200,00 €", l!.Value.Text));
        Assert.Contains($"Notre lettre de relance est jointe (relance-{number}-reminder-1.pdf).", mails[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        var firmLetter = letters[3]!.Value.Text;
        Assert.Contains("DERNIÈRE RELANCE", firmLetter, StringComparison.Ordinal);
        Assert.Contains($"{number}-firmreminder", firmLetter, StringComparison.Ordinal);
        Assert.Matches($@"{number} .*\b3 1 200,00 €", firmLetter);
        Assert.Contains($"Intérêts de retard ({feeNumber}) 1,20 €", firmLetter, StringComparison.Ordinal);
        Assert.Contains("Total dû 1 201,20 €", firmLetter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentIssuedThroughThePipeline_StartsItsDunningOnTheCompanysPolicy()
    {
        var key = await SalesSetup.FrenchCompanyAsync(dunning.App, "atelier");
        var id = (await dunning.App.CreatedAsync(key, "api/companies/atelier/invoices", SalesSetup.Draft(2))).GetProperty("id").GetString()!;

        await ProductApp.ExpectAsync(System.Net.HttpStatusCode.Accepted, await dunning.App.SendAsync(HttpMethod.Post, $"api/companies/atelier/invoices/{id}/issue", key, new { }));
        JsonElement view = default;
        await Eventually.HoldsAsync(
            async () => DunningApp.Progress(view = await dunning.App.OkAsync(key, $"api/companies/atelier/invoices/{id}/dunning")) == "Waiting", TimeSpan.FromSeconds(90), "the record stage starts the dunning");
        var again = await dunning.App.OkAsync(key, $"api/companies/atelier/invoices/{id}/dunning/start", new { });

        // The French default (no policy set): first the notice 5 days before the due date, 45 days after issue (the customer's terms).
        Assert.Equal("Running", DunningApp.Status(view));
        Assert.Equal("preduenotice", view.GetProperty("progress").GetProperty("nextStep").GetString());
        Assert.Equal(7, view.GetProperty("progress").GetProperty("stepsPlanned").GetInt32());
        Assert.Equal(view.GetProperty("createdAt").GetDateTimeOffset(), again.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task PartialPayment_NextReminderOnTheBalance_FullPaymentStopsTheRest()
    {
        var (id, number) = await dunning.IssueAsync();
        await dunning.DunningWhenAsync(id, d => DunningApp.StepCount(d) == 2, "the first reminder is sent");

        await dunning.PayAsync(id, 200m);
        var third = await dunning.DunningWhenAsync(id, d => DunningApp.StepCount(d) == 3, "the second reminder is sent");
        await dunning.PayAsync(id, 1000m);
        var stopped = await dunning.DunningWhenAsync(id, d => DunningApp.Status(d) == "Completed", "the dunning stops", 30);
        await Task.Delay(DunningApp.DayLength * 3);

        Assert.Equal(1000m, third.GetProperty("steps")[2].GetProperty("amountDue").GetDecimal());
        Assert.Equal("paid", stopped.GetProperty("outcome").GetString());
        Assert.Equal(["preduenotice", "reminder-1", "reminder-2"], (await dunning.DunningAsync(id)).GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()));
        Assert.Equal(3, (await dunning.MailsAsync(number)).Count);
    }

    [Fact]
    public async Task CreditedInvoice_StopsTheDunning_NoFurtherReminder()
    {
        var (id, number) = await dunning.IssueAsync();
        await dunning.DunningWhenAsync(id, d => DunningApp.StepCount(d) == 1, "the pre-due notice is sent");

        await dunning.App.OkAsync(dunning.Key, $"api/companies/acme/invoices/{id}/events", new { type = "Credited", detail = "credit note AV-2026-000001" });
        var stopped = await dunning.DunningWhenAsync(id, d => DunningApp.Status(d) == "Completed", "the dunning stops", 30);
        await Task.Delay(DunningApp.DayLength * 4);

        Assert.Equal("credited", stopped.GetProperty("outcome").GetString());
        Assert.Equal(1, DunningApp.StepCount(await dunning.DunningAsync(id)));
        Assert.Single(await dunning.MailsAsync(number));
    }

    [Fact]
    public async Task Dispute_PausesTheDunning_ClosedItResumesWithThePlanShifted()
    {
        var (id, number) = await dunning.IssueAsync();
        await dunning.DunningWhenAsync(id, d => DunningApp.StepCount(d) == 1, "the pre-due notice is sent");

        await dunning.LifecycleAsync(id, 207); // in dispute
        var paused = await dunning.DunningWhenAsync(id, d => DunningApp.Progress(d) == "Paused", "the dunning pauses", 30);
        await Task.Delay(DunningApp.DayLength * 5); // past every step of the plan without the dispute
        var whilePaused = (await dunning.MailsAsync(number)).Count;
        await dunning.LifecycleAsync(id, 209); // completed: the dispute is over
        var done = await dunning.DunningWhenAsync(id, d => DunningApp.Status(d) == "Completed", "the dunning resumes and completes");

        Assert.Equal(1, whilePaused);
        Assert.Equal(1, DunningApp.StepCount(paused));
        Assert.Equal(DunningApp.PlannedSteps, done.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()));
        Assert.Equal(4, (await dunning.MailsAsync(number)).Count);
        var reminded = done.GetProperty("steps")[1].GetProperty("at").GetDateTimeOffset();
        var disputeEnd = paused.GetProperty("lastUpdatedAt").GetDateTimeOffset() + (DunningApp.DayLength * 5);
        Assert.True(reminded >= disputeEnd, $"reminder-1 at {reminded:O}, after the dispute ended ({disputeEnd:O})");
    }

    [Fact]
    public async Task SuspendResumeCancel_ThroughTheApi_StartingAgainIsANoOp()
    {
        var (id, _) = await dunning.IssueAsync(dueInDays: 30);
        await dunning.DunningWhenAsync(id, d => DunningApp.Progress(d) == "Waiting", "the dunning waits for its first step");
        var path = $"api/companies/acme/invoices/{id}/dunning";

        var suspended = await dunning.App.OkAsync(dunning.Key, path + "/suspend", new { });
        var resumed = await ProductApp.ExpectAsync(System.Net.HttpStatusCode.OK, await dunning.App.SendAsync(HttpMethod.Post, path + "/resume", dunning.Key, new { }, idempotencyKey: "resume-1"));
        var replayed = await ProductApp.ExpectAsync(System.Net.HttpStatusCode.OK, await dunning.App.SendAsync(HttpMethod.Post, path + "/resume", dunning.Key, new { }, idempotencyKey: "resume-1"));
        await dunning.DunningWhenAsync(id, d => DunningApp.Status(d) == "Running", "the dunning runs again", 30);
        await dunning.App.OkAsync(dunning.Key, path + "/cancel", new { });
        var cancelled = await dunning.DunningWhenAsync(id, d => DunningApp.Status(d) == "Terminated", "the dunning is cancelled", 30);
        var started = await dunning.App.OkAsync(dunning.Key, path + "/start", new { });
        var again = await dunning.App.SendAsync(HttpMethod.Post, path + "/suspend", dunning.Key, new { });

        Assert.Contains(DunningApp.Status(suspended), new[] { "Suspended", "Running" });
        Assert.Equal(resumed.GetRawText(), replayed.GetRawText());
        Assert.Equal("Terminated", DunningApp.Status(cancelled));
        Assert.Equal("Terminated", DunningApp.Status(started));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        Assert.Empty(cancelled.GetProperty("steps").EnumerateArray());
    }
}
