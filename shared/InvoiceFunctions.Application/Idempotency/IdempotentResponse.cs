namespace InvoiceFunctions.Application.Idempotency;

/// <summary>The response first given to a request with an Idempotency-Key, replayed to its retries.</summary>
/// <param name="RequestHash">SHA-256 of method, path and body: the same key with another request is refused.</param>
public sealed record IdempotentResponse(string RequestHash, int Status, string? Body, string? Location, DateTimeOffset CreatedAt);
