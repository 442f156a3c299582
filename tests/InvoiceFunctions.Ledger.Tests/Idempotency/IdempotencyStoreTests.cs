using Azure.Data.Tables;
using InvoiceFunctions.Application.Idempotency;
using InvoiceFunctions.Ledger.Tests.Support;

namespace InvoiceFunctions.Ledger.Tests.Idempotency;

/// <summary>
/// Azure Tables refuses a string property over 32K UTF-16 characters (Azurite does not check it): a long answer (a batch
/// import's per-invoice results) must be kept across properties that each fit, and read back whole for the replay.
/// </summary>
public sealed class IdempotencyStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task LongAnswer_KeptInPropertiesAzureAccepts_ReadBackWhole()
    {
        var store = storage.App.Get<IIdempotencyStore>();
        var body = string.Concat(Enumerable.Range(0, 9_000).Select(i => $"{{\"n\":{i}}},"));
        Assert.Null(await store.TryBeginAsync("idem-long", "k1", "hash", CancellationToken.None));

        await store.CompleteAsync("idem-long", "k1", new IdempotentResponse("hash", 200, body, null, DateTimeOffset.UtcNow), CancellationToken.None);
        var replay = await store.TryBeginAsync("idem-long", "k1", "hash", CancellationToken.None);

        Assert.Equal(body, replay!.Body);
        var row = await new TableClient(storage.Azurite.ConnectionString, "Idempotency").QueryAsync<TableEntity>("PartitionKey eq 'idem-long'").SingleAsync();
        Assert.All(row.Select(p => p.Value).OfType<string>(), value => Assert.True(value.Length <= 32 * 1024, $"a property of {value.Length} characters"));
        Assert.True(body.Length > 32 * 1024);
    }
}
