using Azure;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Runs a read-decide-write attempt until it wins its race: a write conditional on the ETag read (412) or on a row
/// not existing yet (409) that loses is re-read and decided again, with a short random back-off; never overwritten.
/// </summary>
public static class OptimisticRetry
{
    public const int MaxAttempts = 200;

    public static async Task<T> RunAsync<T>(string what, Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && i < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * Math.Min(i, 10)), cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                throw new ConcurrencyConflictException(what, MaxAttempts);
            }
        }
    }
}
