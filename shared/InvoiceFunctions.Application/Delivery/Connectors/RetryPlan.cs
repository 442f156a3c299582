namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>Exponential back-off of connector deliveries (pure): the first delay doubled per try, capped, within the window.</summary>
public static class RetryPlan
{
    /// <param name="failedTries">Tries made so far (1 after the first failure).</param>
    /// <returns>The delay before the next try, or null when it would fall after the window: give up.</returns>
    public static TimeSpan? Next(int failedTries, DateTimeOffset firstTry, DateTimeOffset now, ConnectorOptions options)
    {
        var exponent = Math.Clamp(failedTries - 1, 0, 30);
        var ticks = Math.Min(options.RetryFirstDelay.Ticks * Math.Pow(2, exponent), options.RetryMaxDelay.Ticks);
        var delay = TimeSpan.FromTicks((long)ticks);
        return now + delay > firstTry + options.RetryWindow ? null : delay;
    }
}
