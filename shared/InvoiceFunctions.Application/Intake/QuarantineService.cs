using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Intake;

/// <summary>A company's quarantine: list, inspect, download, release (run again through its door) or discard. Bytes are never deleted.</summary>
public sealed class QuarantineService(IQuarantineStore store, IEnumerable<IQuarantineReplayer> replayers, TimeProvider time, ILogger<QuarantineService> logger)
{
    public Task<ResultPage<QuarantineItem>> ListAsync(CompanyId company, QuarantineState? state, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, state, Math.Clamp(pageSize, 1, 1000), continuation, cancellationToken);

    public async Task<QuarantineItem> GetAsync(CompanyId company, string id, CancellationToken cancellationToken) =>
        (LedgerIds.IsId(id) ? await store.FindAsync(company, id, cancellationToken) : null) ?? throw new ResourceNotFoundException("Quarantine item", id);

    public async Task<(QuarantineItem Item, byte[] Content)> GetContentAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var item = await GetAsync(company, id, cancellationToken);
        return (item, await store.GetContentAsync(item, cancellationToken));
    }

    /// <summary>
    /// Runs the item again through its door (after the cause was fixed: a sender allowed, a party's SIREN corrected, the
    /// duplicate policy changed...). The door's own idempotency makes a second release of the same item change nothing.
    /// </summary>
    public async Task<QuarantineItem> ReleaseAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var item = await OpenItemAsync(company, id, "released", cancellationToken);
        var replayer = replayers.FirstOrDefault(r => r.Handles(item.Kind))
            ?? throw new ResourceStateException($"Quarantine item {id} ({item.Kind}) cannot be run again here: submit it again through its door.");
        var outcome = await replayer.ReplayAsync(company, item, await store.GetContentAsync(item, cancellationToken), cancellationToken);
        return await SetStateAsync(item, QuarantineState.Released, outcome, cancellationToken);
    }

    public async Task<QuarantineItem> DiscardAsync(CompanyId company, string id, CancellationToken cancellationToken) =>
        await SetStateAsync(await OpenItemAsync(company, id, "discarded", cancellationToken), QuarantineState.Discarded, "discarded by a user", cancellationToken);

    private async Task<QuarantineItem> OpenItemAsync(CompanyId company, string id, string verb, CancellationToken cancellationToken)
    {
        var item = await GetAsync(company, id, cancellationToken);
        return item.State == QuarantineState.Open ? item : throw new ResourceStateException($"Quarantine item {id} is {item.State.ToString().ToLowerInvariant()}: only an open item can be {verb}.");
    }

    private async Task<QuarantineItem> SetStateAsync(QuarantineItem item, QuarantineState state, string outcome, CancellationToken cancellationToken)
    {
        var updated = item with { State = state, Outcome = outcome, UpdatedAt = time.GetUtcNow() };
        if (!await store.TryUpdateAsync(updated, cancellationToken))
        {
            throw new ConcurrencyConflictException($"Quarantine item {item.Id}", 1);
        }

        logger.QuarantineChanged(item.Company, item.Id, state, outcome);
        return updated;
    }
}
