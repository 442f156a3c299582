using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// The fees of a dunning step (French late-payment interest and the 40 EUR recovery indemnity) as a separate fee document
/// in the ledger, issued in its own series, never by editing the issued invoice. Outside the scope of VAT (they pay for no
/// supply), so VAT is zero; without a due date of its own, it starts no dunning.
/// </summary>
public sealed class DunningFees(ILedgerStore ledger, LedgerService ledgerService, IDunningStepStore steps)
{
    /// <summary>The fee documents' numbering series ("FRAIS-2026-000001").</summary>
    public const string Series = "FRAIS";

    /// <summary>Creates (once, its id kept on the step's claim) and issues the fee document of a claimed step with fees.</summary>
    /// <returns>The claim with the fee document's id, and the fee document's number.</returns>
    public async Task<(DunningStepRecord Claim, string Number)> ChargeAsync(DunningStepRecord claim, LedgerInvoice invoice, PlannedStep step, CancellationToken cancellationToken)
    {
        if (claim.FeeInvoiceId is null)
        {
            var draft = await ledgerService.CreateAsync(
                claim.Company,
                new NewLedgerInvoice(InvoiceDirection.Sales, invoice.CounterpartyId, invoice.Amounts.Currency, step.Fees, 0m, step.Fees),
                DunningService.Actor,
                cancellationToken);
            claim = await steps.UpdateAsync(claim with { FeeInvoiceId = draft.Id }, cancellationToken);
        }

        var fee = await ledger.FindAsync(claim.Company, claim.FeeInvoiceId!, cancellationToken) ?? throw new InvoiceNotFoundException(claim.FeeInvoiceId!);
        if (fee.Status == InvoiceStatus.Draft)
        {
            fee = await ledgerService.IssueAsync(claim.Company, fee.Id, Series, DunningService.Actor, cancellationToken);
        }

        return (claim, fee.Number!);
    }
}
