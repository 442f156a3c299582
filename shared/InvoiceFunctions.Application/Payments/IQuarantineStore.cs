using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Intake;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Payments;

/// <summary>Keeps refused input, byte for byte, with a machine-readable reason (container "quarantine"), and an index to list and act on it.</summary>
public interface IQuarantineStore
{
    /// <param name="id">An id fixed by the caller makes the put idempotent (a retry finds the item put the first time); null picks a new one.</param>
    /// <returns>The item's path, "{company}/{kind}/{id}".</returns>
    Task<string> PutAsync(string company, string kind, string name, ReadOnlyMemory<byte> content, QuarantineReason reason, CancellationToken cancellationToken, string? id = null);

    Task<ResultPage<QuarantineItem>> ListAsync(CompanyId company, QuarantineState? state, int pageSize, string? continuation, CancellationToken cancellationToken);

    Task<QuarantineItem?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken);

    Task<byte[]> GetContentAsync(QuarantineItem item, CancellationToken cancellationToken);

    /// <summary>Saves a new state if the item is unchanged since it was read (its version); false when another writer got there first.</summary>
    Task<bool> TryUpdateAsync(QuarantineItem item, CancellationToken cancellationToken);
}
