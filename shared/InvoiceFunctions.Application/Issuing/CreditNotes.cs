using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>Which lines a credit note takes from the invoice it credits (pure).</summary>
public static class CreditNotes
{
    /// <summary>All lines when none are named; otherwise the named ones with their quantities, each at most what was invoiced.</summary>
    public static IReadOnlyList<DraftLine> Lines(InvoiceDraft invoice, CreditNoteRequest request)
    {
        var invoiced = invoice.Lines ?? [];
        var errors = new List<FieldError>();
        if (request.Reason is not null && (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000))
        {
            errors.Add(new FieldError("reason", "1 to 1000 characters."));
        }

        if (request.Lines is not { Count: > 0 } wanted)
        {
            return errors.Count > 0 ? throw new LedgerValidationException(errors) : invoiced;
        }

        var lines = LineSelection.Select(invoiced, invoiced.Select(l => l.Quantity).ToList(), wanted, errors);
        return errors.Count > 0 ? throw new LedgerValidationException(errors) : lines;
    }
}
