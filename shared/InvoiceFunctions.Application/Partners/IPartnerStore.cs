using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Partners;

/// <summary>Partners, and the receipts that make each webhook-id count once.</summary>
public interface IPartnerStore
{
    Task<bool> TryAddAsync(Partner partner, CancellationToken cancellationToken);

    Task<Partner?> FindAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Partner>> ListAsync(CompanyId company, CancellationToken cancellationToken);

    /// <summary>Saves if unchanged since read (its version); false when another writer got there first.</summary>
    Task<bool> TryUpdateAsync(Partner partner, CancellationToken cancellationToken);

    /// <summary>The answer given the first time this partner sent <paramref name="webhookId"/>, if any.</summary>
    Task<PartnerWebhookReceipt?> FindReceiptAsync(string partner, string webhookId, CancellationToken cancellationToken);

    /// <summary>Keeps the answer (the first one kept wins; a second writer gets the first one back).</summary>
    Task<PartnerWebhookReceipt> SaveReceiptAsync(string partner, string webhookId, PartnerWebhookReceipt receipt, CancellationToken cancellationToken);
}
