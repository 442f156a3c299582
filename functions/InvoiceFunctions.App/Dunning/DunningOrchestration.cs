using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Core.Dunning;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace InvoiceFunctions.App.Dunning;

/// <summary>
/// One invoice's dunning (instance <c>dunning-{company}-{invoice}</c>). Each execution reads where the invoice stands (an
/// activity: the plan of the company's policy on today's balance, minus the steps taken), takes the step that is due, or
/// sleeps on a durable timer until the next one while listening for the events that change the plan (payment, dispute,
/// credit note, lifecycle status); then it continues as new. Time comes from the context only; every effect is an activity
/// whose step is claimed under <c>{instance}:{step}</c> before the mail leaves, so a replay or a retry never sends twice.
/// </summary>
public sealed class DunningOrchestration(DunningService dunning)
{
    /// <summary>While paused, how many plan days between looks at the invoice (in case an event was lost).</summary>
    private const int RecheckDays = 7;

    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(5), backoffCoefficient: 2));

    private static readonly string[] Events =
        [.. Enum.GetValues<DunningEvent>().Where(e => e != DunningEvent.Start).Select(e => e.ToString())];

    [Function(nameof(Dunning))]
    public static async Task<string> Dunning([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var run = context.GetInput<DunningRun>()!;
        var now = context.CurrentUtcDateTime;
        run = run with { Epoch = run.Epoch ?? now };
        var load = await context.CallActivityAsync<DunningLoad>(nameof(LoadDunning), new DunningLoadRequest(run.Company, run.InvoiceId, run.AllPauses(), run.Epoch), Retry);
        var clock = DunningClock.Start(run.Epoch.Value, run.DayLength, DunningZones.Find(load.TimeZone));
        run = run with { Anchor = clock.Anchor };
        var today = clock.Today(now);
        if (load.Stop is { } stop)
        {
            context.SetCustomStatus(new DunningProgress("Stopped", null, null, load.StepsTaken, load.StepsPlanned, load.AmountDue, stop));
            return stop;
        }

        if (load.Paused != run.PausedSince.HasValue)
        {
            // A dispute opened or closed since the last look: the plan holds from its first day, then moves by its length.
            context.ContinueAsNew(load.Paused
                ? run with { PausedSince = today }
                : run with { Pauses = [.. run.Pauses ?? [], new DunningPause(run.PausedSince!.Value, today)], PausedSince = null });
            return "";
        }

        var next = load.Paused ? null : load.Next;
        string? failure = null;
        if (next is not null && clock.StartOf(next.Date) <= now)
        {
            try
            {
                await context.CallActivityAsync<DunningStepOutcome>(nameof(RunDunningStep), new DunningStepRequest(run.Company, run.InvoiceId, next), Retry);
                context.ContinueAsNew(run);
                return "";
            }
            catch (TaskFailedException failed)
            {
                // Retries exhausted (the SMTP server down for minutes...): try the step again a plan day later rather than end the dunning.
                failure = $"{next.Key}: {failed.FailureDetails.ErrorMessage}";
            }
        }

        var wake = next is null || failure is not null ? now + (run.DayLength * (failure is null ? RecheckDays : 1)) : clock.StartOf(next.Date);
        context.SetCustomStatus(new DunningProgress(
            failure is not null ? "Retrying" : load.Paused ? "Paused" : "Waiting", next?.Key, next is null ? null : wake, load.StepsTaken, load.StepsPlanned, load.AmountDue, failure ?? load.PauseReason));
        using var stopWaiting = new CancellationTokenSource();
        var timer = context.CreateTimer(wake, stopWaiting.Token);
        var signals = Events.Select(name => context.WaitForExternalEvent<string?>(name, stopWaiting.Token));
        await Task.WhenAny([timer, .. signals]);
        stopWaiting.Cancel(); // synchronous: an orchestrator never lets work run on other threads
        context.ContinueAsNew(run);
        return "";
    }

    [Function(nameof(LoadDunning))]
    public Task<DunningLoad> LoadDunning([ActivityTrigger] DunningLoadRequest request, CancellationToken cancellationToken) =>
        dunning.LoadAsync(CompanyId.Parse(request.Company), request.InvoiceId, request.Pauses, request.Epoch, cancellationToken);

    [Function(nameof(RunDunningStep))]
    public Task<DunningStepOutcome> RunDunningStep([ActivityTrigger] DunningStepRequest request, CancellationToken cancellationToken) =>
        dunning.RunStepAsync(CompanyId.Parse(request.Company), request.InvoiceId, request.Step, cancellationToken);
}
