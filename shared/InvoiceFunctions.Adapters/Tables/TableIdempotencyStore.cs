using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Idempotency;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Idempotency records in table Idempotency: partition = scope, row = SHA-256 of the key (keys may hold
/// characters a row key cannot). A claim whose request died without completing is taken over after a while.
/// </summary>
public sealed class TableIdempotencyStore(StorageClients clients, TimeProvider time) : IIdempotencyStore
{
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Idempotency);

    public async Task<IdempotentResponse?> TryBeginAsync(string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        var claim = new TableEntity(scope, Row(key)) { ["Key"] = key, ["RequestHash"] = requestHash, ["Status"] = 0, ["CreatedAt"] = time.GetUtcNow() };
        try
        {
            await table.AddEntityAsync(claim, cancellationToken);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await table.GetEntityAsync<TableEntity>(scope, Row(key), cancellationToken: cancellationToken)).Value;
            var response = ToResponse(existing);
            if (response.Status == 0 && response.RequestHash == requestHash && time.GetUtcNow() - response.CreatedAt > AbandonedAfter)
            {
                try
                {
                    await table.UpdateEntityAsync(claim, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                    return null;
                }
                catch (RequestFailedException lost) when (lost.Status == 412)
                {
                    return response;
                }
            }

            return response;
        }
    }

    public Task CompleteAsync(string scope, string key, IdempotentResponse response, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(scope, Row(key))
        {
            ["Key"] = key,
            ["RequestHash"] = response.RequestHash,
            ["Status"] = response.Status,
            ["Location"] = response.Location,
            ["CreatedAt"] = response.CreatedAt,
        };
        WriteBody(entity, response.Body);
        return table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task AbandonAsync(string scope, string key, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(scope, Row(key), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }

    private static IdempotentResponse ToResponse(TableEntity e) =>
        new(e.GetString("RequestHash"), e.GetInt32("Status") ?? 0, ReadBody(e), e.GetString("Location"), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue);

    /// <summary>
    /// A string property holds 32K UTF-16 characters: a longer body (a batch import's per-invoice results) goes in
    /// columns "Body0".."Body15" of 30,000 characters; a body beyond that is not kept and the request answers 500 rather than replay a cut answer.
    /// </summary>
    private static void WriteBody(TableEntity entity, string? body)
    {
        if (body is null || body.Length <= BodyChunk)
        {
            entity["Body"] = body;
            return;
        }

        var chunks = (body.Length + BodyChunk - 1) / BodyChunk;
        if (chunks > MaxBodyChunks)
        {
            throw new InvalidOperationException($"A response of {body.Length} characters is more than an idempotency record keeps.");
        }

        for (var i = 0; i < chunks; i++)
        {
            entity[$"Body{i}"] = body.Substring(i * BodyChunk, Math.Min(BodyChunk, body.Length - (i * BodyChunk)));
        }
    }

    private static string? ReadBody(TableEntity entity)
    {
        if (entity.GetString("Body") is { } body)
        {
            return body;
        }

        var chunks = new StringBuilder();
        for (var i = 0; i < MaxBodyChunks && entity.GetString($"Body{i}") is { } chunk; i++)
        {
            chunks.Append(chunk);
        }

        return chunks.Length > 0 ? chunks.ToString() : null;
    }

    private const int BodyChunk = 30_000;
    private const int MaxBodyChunks = 16;

    private static string Row(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
