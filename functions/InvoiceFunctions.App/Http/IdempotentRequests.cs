using System.Security.Cryptography;
using System.Text;
using InvoiceFunctions.Application.Idempotency;
using Microsoft.AspNetCore.Http;

namespace InvoiceFunctions.App.Http;

/// <summary>
/// Runs a POST at most once per Idempotency-Key and scope: a retry with the same key and body gets the first
/// answer again; the same key with another body gets 422; a retry while the first still runs gets 409.
/// </summary>
public sealed class IdempotentRequests(IIdempotencyStore store, TimeProvider time)
{
    public const string Header = "Idempotency-Key";

    public async Task<ApiResponse> RunAsync(HttpRequest request, string scope, Func<CancellationToken, Task<ApiResponse>> handler, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        var key = request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return await HandleAsync(handler, cancellationToken);
        }

        if (key.Length > 200)
        {
            return ApiResponse.Problem(StatusCodes.Status400BadRequest, "Invalid Idempotency-Key", "An Idempotency-Key has at most 200 characters.");
        }

        var hash = await RequestHashAsync(request, cancellationToken);
        var existing = await store.TryBeginAsync(scope, key, hash, cancellationToken);
        if (existing is not null)
        {
            return existing.RequestHash != hash
                ? ApiResponse.Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused", "This Idempotency-Key was used for a different request.")
                : existing.Status == 0
                    ? ApiResponse.Problem(StatusCodes.Status409Conflict, "Request in progress", "A request with this Idempotency-Key is still running; retry later.")
                    : new ApiResponse(existing.Status, existing.Body, existing.Body is not null && existing.Status >= 400 ? "application/problem+json" : "application/json", existing.Location);
        }

        ApiResponse response;
        try
        {
            response = await HandleAsync(handler, cancellationToken);
        }
        catch
        {
            await store.AbandonAsync(scope, key, CancellationToken.None);
            throw;
        }

        await store.CompleteAsync(scope, key, new IdempotentResponse(hash, response.Status, response.Json, response.Location, time.GetUtcNow()), CancellationToken.None);
        return response;
    }

    private static Task<ApiResponse> HandleAsync(Func<CancellationToken, Task<ApiResponse>> handler, CancellationToken cancellationToken) =>
        ApiProblems.GuardAsync(() => handler(cancellationToken));

    private static async Task<string> RequestHashAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
