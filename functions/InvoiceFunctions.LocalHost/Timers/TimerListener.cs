using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using InvoiceFunctions.LocalHost.Hosting;
using InvoiceFunctions.LocalHost.Invocation;
using InvoiceFunctions.LocalHost.Telemetry;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.LocalHost.Timers;

/// <summary>
/// Runs one timer function. Only the host holding the blob lease "locks/{hostId}/{function}.Listener" runs the
/// schedule (the Functions host's singleton listener). The schedule monitor's status blob records the last and
/// next occurrence: a missed occurrence runs once after a restart with IsPastDue set, and every tick is claimed
/// with an ETag before it runs, so a tick never runs twice even when the lock changes hands.
/// </summary>
public sealed class TimerListener(
    FunctionInvoker invoker,
    TimerSchedule schedule,
    bool runOnStartup,
    BlobContainerClient hostContainer,
    string hostId,
    TimeSpan lockPeriod,
    TimeProvider time,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    ILogger logger) : BackgroundService
{
    private static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Kestrel, which also serves the Durable sidecar, listens only once every hosted service has started: a missed
        // occurrence run at startup before that could not start its orchestration, and a failed tick is not run again.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var lockBlob = hostContainer.GetBlobClient($"locks/{hostId}/{invoker.FunctionName}.Listener");
        var statusBlob = hostContainer.GetBlobClient($"timers/{hostId}/{invoker.FunctionName}/status");
        var startup = runOnStartup;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await hostContainer.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                await BlobLeases.CreateIfAbsentAsync(lockBlob, stoppingToken);
                var lease = lockBlob.GetBlobLeaseClient();
                if (!await TryAcquireAsync(lease, stoppingToken))
                {
                    await Task.Delay(lockPeriod / 2, time, stoppingToken);
                    continue;
                }

                HostLogs.TimerLockAcquired(logger, hostId, invoker.FunctionName);
                using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var renewing = BlobLeases.KeepAsync(lease, lockPeriod / 3, time, held);
                try
                {
                    await RunScheduleAsync(statusBlob, startup, held.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The lease was lost: go back to competing for it.
                }
                finally
                {
                    await held.CancelAsync();
                    await renewing;
                    await BlobLeases.ReleaseQuietlyAsync(lease);
                }

                startup = false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                HostLogs.ListenerFailed(logger, "timer " + invoker.FunctionName, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }
    }

    private async Task RunScheduleAsync(BlobClient statusBlob, bool startup, CancellationToken token)
    {
        var (status, etag) = await ReadStatusAsync(statusBlob, token);
        if (status is null)
        {
            var now = time.GetUtcNow();
            (status, etag) = (new TimerStatus(now, schedule.Next(now), now), null);
        }

        if (startup)
        {
            await FireAsync(time.GetUtcNow(), false, status, token);
        }

        while (true)
        {
            var now = time.GetUtcNow();
            if (status.Next > now)
            {
                etag ??= await WriteStatusAsync(statusBlob, status, null, token);
                await Task.Delay(status.Next - now, time, token);
                now = time.GetUtcNow();
            }

            var pastDue = now - status.Next > PastDueTolerance;
            var claimed = status with { Last = status.Next, Next = schedule.Next(now > status.Next ? now : status.Next), LastUpdated = now };
            var claimedEtag = await WriteStatusAsync(statusBlob, claimed, etag ?? ETag.All, token);
            if (claimedEtag is null)
            {
                // Another host claimed this tick first: follow its record.
                (status, etag) = await ReadStatusAsync(statusBlob, token);
                status ??= claimed;
                continue;
            }

            await FireAsync(claimed.Last, pastDue, status, token);
            (status, etag) = (claimed, claimedEtag);
        }
    }

    private async Task FireAsync(DateTimeOffset scheduled, bool pastDue, TimerStatus status, CancellationToken token)
    {
        HostLogs.TimerFiring(logger, invoker.FunctionName, scheduled, pastDue);
        var info = new TimerInfo
        {
            IsPastDue = pastDue,
            ScheduleStatus = new ScheduleStatus { Last = status.Last.UtcDateTime, Next = status.Next.UtcDateTime, LastUpdated = status.LastUpdated.UtcDateTime },
        };
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await invoker.InvokeAsync(new InvocationContext(info, new Dictionary<string, object?>(), scope.ServiceProvider, token));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged by the invoker; a failed tick does not stop the schedule.
        }
    }

    private static async Task<(TimerStatus? Status, ETag? ETag)> ReadStatusAsync(BlobClient blob, CancellationToken token)
    {
        try
        {
            var content = await blob.DownloadContentAsync(token);
            return (content.Value.Content.ToObjectFromJson<TimerStatus>(), content.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (null, null);
        }
    }

    /// <returns>The new ETag, or null when the condition failed (someone else wrote first).</returns>
    private static async Task<ETag?> WriteStatusAsync(BlobClient blob, TimerStatus status, ETag? ifMatch, CancellationToken token)
    {
        var conditions = ifMatch is null ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : ifMatch == ETag.All ? null
            : new BlobRequestConditions { IfMatch = ifMatch };
        try
        {
            var result = await blob.UploadAsync(BinaryData.FromString(JsonSerializer.Serialize(status)), new BlobUploadOptions { Conditions = conditions }, token);
            return result.Value.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    private async Task<bool> TryAcquireAsync(BlobLeaseClient lease, CancellationToken token)
    {
        try
        {
            await lease.AcquireAsync(lockPeriod, cancellationToken: token);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

}
