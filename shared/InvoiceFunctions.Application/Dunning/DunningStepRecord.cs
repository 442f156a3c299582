using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// One step taken for an invoice (table DunningSteps, partition = company, row "{invoiceId}|{stepKey}"): the row is
/// the claim of the step's idempotency key <c>{instance}:{stepKey}</c>, added before anything leaves.
/// </summary>
/// <param name="MessageId">The reminder's Message-ID, recorded with the intent.</param>
/// <param name="LedgerRecorded">Whether the invoice's history has the step's event (a crash in between records it on the retry).</param>
/// <param name="FeeInvoiceId">The separate fee document (late interest, recovery indemnity) of a step with fees, once created.</param>
/// <param name="Channel">How the step went: e-mail, the company's webhook (and event feed), or the print provider's postal batch.</param>
/// <param name="Connector">Set on a step's delivery to one connector (row "{invoiceId}|{stepKey}:{connector}"), not a step of its own.</param>
public sealed record DunningStepRecord(
    CompanyId Company,
    string InvoiceId,
    string Instance,
    string StepKey,
    DunningStepKind Kind,
    DunningStepState State,
    int DaysLate,
    decimal AmountDue,
    string? Receiver,
    string? MessageId,
    string? Detail,
    bool LedgerRecorded,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Version = null,
    string? FeeInvoiceId = null,
    DunningChannel Channel = DunningChannel.Email,
    string? Connector = null)
{
    public string IdempotencyKey => $"{Instance}:{StepKey}";
}
