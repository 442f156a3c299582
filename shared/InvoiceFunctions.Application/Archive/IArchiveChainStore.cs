using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Archive;

/// <summary>The per-company hash chain in the ledger: head, entries, daily roots.</summary>
public interface IArchiveChainStore
{
    Task<ArchiveHead> GetHeadAsync(CompanyId company, CancellationToken cancellationToken);

    Task<DailyRoot?> GetDailyRootAsync(CompanyId company, DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the entries (in sequence order, the first one after <paramref name="expected"/>), moves the head to the last
    /// and records the day's root in one transaction, if the head is still <paramref name="expected"/>; a link with a key
    /// also claims it for its entry in the same transaction (an append happens once per key).
    /// </summary>
    /// <returns>The new head with its version; null when another writer moved the head first or already used a key (nothing written).</returns>
    Task<ArchiveHead?> TryAppendAsync(CompanyId company, ArchiveHead expected, IReadOnlyList<ArchiveLink> links, DailyRoot root, CancellationToken cancellationToken);

    /// <summary>The entry appended with this key, if any.</summary>
    Task<ArchiveEntry?> FindByKeyAsync(CompanyId company, string key, CancellationToken cancellationToken);

    /// <summary>Every entry in sequence order.</summary>
    IAsyncEnumerable<ArchiveEntry> EntriesAsync(CompanyId company, CancellationToken cancellationToken);

    IAsyncEnumerable<DailyRoot> DailyRootsAsync(CompanyId company, CancellationToken cancellationToken);

    /// <summary>Entries archived from <paramref name="from"/> to <paramref name="to"/> (UTC days, inclusive), in sequence order.</summary>
    Task<ResultPage<ArchiveEntry>> ListAsync(CompanyId company, DateOnly from, DateOnly to, int pageSize, string? continuation, CancellationToken cancellationToken);
}
