using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>The company's event feed: append once per event id, read in order after a cursor.</summary>
public interface IOutboundEventStore
{
    /// <summary>Appends the event unless one with its id exists (then nothing happens).</summary>
    Task PublishAsync(CompanyId company, OutboundEvent outbound, CancellationToken cancellationToken);

    Task<ResultPage<OutboundEvent>> ReadAsync(CompanyId company, int pageSize, string? continuation, CancellationToken cancellationToken);
}
