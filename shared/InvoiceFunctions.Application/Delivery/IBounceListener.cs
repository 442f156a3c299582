namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// A feature that sends its own mails (dunning reminders) and wants the bounces about them: asked when a DSN names a
/// Message-ID that no delivery recorded.
/// </summary>
public interface IBounceListener
{
    /// <returns>True when the report was about one of its mails (handled, or already handled before).</returns>
    Task<bool> TryHandleAsync(BounceReport report, CancellationToken cancellationToken);
}
