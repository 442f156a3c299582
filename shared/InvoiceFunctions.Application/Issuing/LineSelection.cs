using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>Picks lines of a document by number and quantity, each at most its limit (what was invoiced, what remains to invoice).</summary>
public static class LineSelection
{
    public static IReadOnlyList<DraftLine> Select(IReadOnlyList<DraftLine> lines, IReadOnlyList<decimal> limits, IReadOnlyList<LineQuantity> wanted, List<FieldError> errors)
    {
        var selected = new List<DraftLine>();
        for (var i = 0; i < wanted.Count; i++)
        {
            var (number, quantity) = wanted[i];
            if (number < 1 || number > lines.Count)
            {
                errors.Add(new FieldError($"lines[{i}].line", $"A line of the document, 1 to {lines.Count}."));
            }
            else if (quantity <= 0 || quantity > limits[number - 1] || decimal.Round(quantity, 4) != quantity || wanted.Count(w => w.Line == number) > 1)
            {
                errors.Add(new FieldError($"lines[{i}].quantity", $"More than zero and at most {limits[number - 1]}, once per line."));
            }
            else
            {
                selected.Add(lines[number - 1] with { Quantity = quantity });
            }
        }

        return selected;
    }
}
