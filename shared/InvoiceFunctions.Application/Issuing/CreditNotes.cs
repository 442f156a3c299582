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

        var lines = new List<DraftLine>();
        for (var i = 0; i < wanted.Count; i++)
        {
            var (number, quantity) = wanted[i];
            if (number < 1 || number > invoiced.Count)
            {
                errors.Add(new FieldError($"lines[{i}].line", $"A line of the invoice, 1 to {invoiced.Count}."));
            }
            else if (quantity <= 0 || quantity > invoiced[number - 1].Quantity || wanted.Count(w => w.Line == number) > 1)
            {
                errors.Add(new FieldError($"lines[{i}].quantity", $"More than zero and at most the invoiced {invoiced[number - 1].Quantity}, once per line."));
            }
            else
            {
                lines.Add(invoiced[number - 1] with { Quantity = quantity });
            }
        }

        return errors.Count > 0 ? throw new LedgerValidationException(errors) : lines;
    }
}
