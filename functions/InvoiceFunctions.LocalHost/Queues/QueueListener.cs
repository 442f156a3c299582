using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using InvoiceFunctions.LocalHost.Hosting;
using InvoiceFunctions.LocalHost.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.LocalHost.Queues;

/// <summary>
/// Competing-consumer listener over one Storage queue, with the Storage Queues extension's semantics:
/// batches of host.json batchSize, a new batch when in-flight work drops to newBatchThreshold, polling that
/// backs off to maxPollingInterval when idle, a failed message made visible again after visibilityTimeout
/// (doubling per dequeue), and after maxDequeueCount dequeues moved to "{queue}-poison" with the error
/// recorded in table LocalHostPoison.
/// </summary>
public sealed class QueueListener(
    string name,
    QueueClient queue,
    QueueClient poisonQueue,
    TableClient poisonLog,
    QueueSettings settings,
    Func<QueueMessage, CancellationToken, Task> handler,
    TimeProvider time,
    ILogger logger) : BackgroundService
{
    private static readonly TimeSpan MinimumPolling = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inFlight = new HashSet<Task>();
        var delay = MinimumPolling;
        var ready = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!ready)
                {
                    await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    ready = true;
                }

                inFlight.RemoveWhere(t => t.IsCompleted);
                if (inFlight.Count > settings.NewBatchThreshold)
                {
                    await Task.WhenAny(inFlight);
                    continue;
                }

                var batch = (await queue.ReceiveMessagesAsync(settings.BatchSize, settings.MessageLease, stoppingToken)).Value;
                if (batch.Length == 0)
                {
                    await Task.Delay(delay, time, stoppingToken);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, Math.Max(settings.MaxPollingInterval.Ticks, MinimumPolling.Ticks)));
                    continue;
                }

                delay = MinimumPolling;
                foreach (var message in batch)
                {
                    inFlight.Add(ProcessAsync(message, stoppingToken));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                HostLogs.ListenerFailed(logger, name, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }

        await Task.WhenAll(inFlight);
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await handler(message, stoppingToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            await FailAsync(message, ex);
        }
        catch (Exception)
        {
            // Shutting down: the message becomes visible again when its lease runs out.
        }
    }

    private async Task FailAsync(QueueMessage message, Exception error)
    {
        try
        {
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await poisonQueue.CreateIfNotExistsAsync();
                await poisonQueue.SendMessageAsync(message.Body);
                await RecordPoisonAsync(message, error);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                HostTelemetry.PoisonMessages.Add(1, new KeyValuePair<string, object?>("queue", queue.Name));
                HostLogs.MovedToPoison(logger, message.MessageId, queue.Name, poisonQueue.Name, message.DequeueCount);
                return;
            }

            var backOff = TimeSpan.FromTicks(Math.Min(settings.VisibilityTimeout.Ticks << (int)Math.Min(message.DequeueCount - 1, 16), TimeSpan.FromMinutes(10).Ticks));
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: backOff);
        }
        catch (RequestFailedException ex)
        {
            // The pop receipt expired or the message is gone: it comes back by itself or is already handled.
            HostLogs.ListenerFailed(logger, name, ex);
        }
    }

    private async Task RecordPoisonAsync(QueueMessage message, Exception error)
    {
        await poisonLog.CreateIfNotExistsAsync();
        var entity = new TableEntity(queue.Name, message.MessageId)
        {
            ["DequeueCount"] = message.DequeueCount,
            ["Error"] = error.GetType().FullName + ": " + error.Message,
            ["FailedAt"] = time.GetUtcNow(),
            ["InsertedOn"] = message.InsertedOn,
        };
        await poisonLog.UpsertEntityAsync(entity);
    }
}
