using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// The invoices in the pipeline, across companies. A crash can leave a stage message invisible for its whole lease
/// (10 minutes, as the Functions host takes them); the sweeper finds stalled invoices here and starts their stage again.
/// </summary>
public interface IIssueTracker
{
    Task TrackAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken);

    Task UntrackAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<IssueMessage>> ListAsync(int max, CancellationToken cancellationToken);
}
