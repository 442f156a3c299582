using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>The shape checks of a draft (every problem at once); the EN 16931 rules run on the composed document.</summary>
public static class DraftRules
{
    public const int MaxLines = 1000;

    /// <summary>Checks the draft before the catalogue is consulted: products may still fill names and prices.</summary>
    public static IReadOnlyList<FieldError> Check(InvoiceDraft draft)
    {
        var errors = new List<FieldError>();
        LedgerIds.CheckId(draft.CustomerId, "customerId", errors);
        LedgerIds.CheckCurrency(draft.Currency, "currency", errors);
        if (draft.Lines is not { Count: > 0 and <= MaxLines })
        {
            errors.Add(new FieldError("lines", $"From 1 to {MaxLines} lines."));
        }

        for (var i = 0; i < (draft.Lines?.Count ?? 0); i++)
        {
            CheckLine(draft.Lines![i], $"lines[{i}]", errors);
        }

        if (draft.Notes?.Count > 20 || draft.Notes?.Any(n => string.IsNullOrWhiteSpace(n) || n.Length > 1000) == true)
        {
            errors.Add(new FieldError("notes", "At most 20 notes of 1 to 1000 characters."));
        }

        foreach (var (text, path) in new[]
        {
            (draft.PaymentTerms, "paymentTerms"), (draft.BuyerReference, "buyerReference"), (draft.PurchaseOrderReference, "purchaseOrderReference"),
            (draft.SalesOrderReference, "salesOrderReference"), (draft.ContractReference, "contractReference"), (draft.ProjectReference, "projectReference"),
            (draft.VatExemptionReason, "vatExemptionReason"),
        })
        {
            if (text is not null && (string.IsNullOrWhiteSpace(text) || text.Length > 300))
            {
                errors.Add(new FieldError(path, "1 to 300 characters."));
            }
        }

        if (draft.PrepaidAmount is { } prepaid && (prepaid < 0 || decimal.Round(prepaid, 2) != prepaid))
        {
            errors.Add(new FieldError("prepaidAmount", "Zero or more, at most 2 decimals."));
        }

        if (draft.InvoicingPeriod is { Start: { } start, End: { } end } && end < start)
        {
            errors.Add(new FieldError("invoicingPeriod.end", "Not before the start."));
        }

        return errors;
    }

    private static void CheckLine(DraftLine line, string path, List<FieldError> errors)
    {
        if (line.Quantity <= 0 || decimal.Round(line.Quantity, 4) != line.Quantity)
        {
            errors.Add(new FieldError($"{path}.quantity", "More than zero, at most 4 decimals."));
        }

        if (line.ProductId is not null)
        {
            LedgerIds.CheckId(line.ProductId, $"{path}.productId", errors);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(line.Name))
            {
                errors.Add(new FieldError($"{path}.name", "Required without a productId."));
            }

            if (line.UnitPrice is null)
            {
                errors.Add(new FieldError($"{path}.unitPrice", "Required without a productId."));
            }
        }

        if (line.Name?.Length > 200 || line.Description?.Length > 1000)
        {
            errors.Add(new FieldError($"{path}.name", "Name at most 200 characters, description at most 1000."));
        }

        if (line.UnitPrice is { } price && (price < 0 || decimal.Round(price, 4) != price))
        {
            errors.Add(new FieldError($"{path}.unitPrice", "Zero or more, at most 4 decimals (BR-27)."));
        }

        if (line.VatRate is < 0 or > 100)
        {
            errors.Add(new FieldError($"{path}.vatRate", "A rate in percent from 0 to 100."));
        }

        if (line.UnitCode is not null && (line.UnitCode.Length is 0 or > 3 || !line.UnitCode.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add(new FieldError($"{path}.unitCode", "A UN/ECE Rec 20 code such as C62, HUR or DAY."));
        }

        if (line.Period is { Start: { } start, End: { } end } && end < start)
        {
            errors.Add(new FieldError($"{path}.period.end", "Not before the start."));
        }
    }
}
