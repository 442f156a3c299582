using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>Intake records of inbound messages, by message key and by company (newest first).</summary>
public interface IInboundMailStore
{
    Task<InboundMailRecord?> FindAsync(string key, CancellationToken cancellationToken);

    Task SaveAsync(InboundMailRecord record, CancellationToken cancellationToken);

    Task<ResultPage<InboundMailRecord>> ListAsync(CompanyId company, int pageSize, string? continuation, CancellationToken cancellationToken);
}
