namespace InvoiceFunctions.Application.Idempotency;

/// <summary>Idempotency records per scope (a company, or "admin") and key.</summary>
public interface IIdempotencyStore
{
    /// <summary>Claims the key for a request. Returns null when claimed now; otherwise the existing record (Status 0 while the first request still runs).</summary>
    Task<IdempotentResponse?> TryBeginAsync(string scope, string key, string requestHash, CancellationToken cancellationToken);

    Task CompleteAsync(string scope, string key, IdempotentResponse response, CancellationToken cancellationToken);

    /// <summary>Releases a claim whose request failed, so that a retry runs it again.</summary>
    Task AbandonAsync(string scope, string key, CancellationToken cancellationToken);
}
