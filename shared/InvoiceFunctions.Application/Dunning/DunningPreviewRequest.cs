using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>An invoice's due date and balance, its disputes, and optionally a policy to try instead of the company's.</summary>
public sealed record DunningPreviewRequest(
    DateOnly DueDate,
    decimal AmountDue,
    string? CurrencyCode,
    bool BusinessCustomer = true,
    IReadOnlyList<DunningPause>? Disputes = null,
    DunningPolicy? Policy = null)
{
    /// <summary>Every problem of the request at once.</summary>
    public static IReadOnlyList<FieldError> Check(DunningPreviewRequest request)
    {
        var errors = new List<FieldError>();
        if (request.AmountDue > 1_000_000_000m)
        {
            errors.Add(new FieldError("amountDue", "At most 1,000,000,000."));
        }

        var currency = request.CurrencyCode ?? "EUR";
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new FieldError("currencyCode", "An ISO 4217 code such as EUR."));
        }

        var disputes = request.Disputes ?? [];
        for (var i = 0; i < disputes.Count; i++)
        {
            if (disputes[i].Until is { } until && until < disputes[i].From)
            {
                errors.Add(new FieldError($"disputes[{i}].until", "Ends before it starts."));
            }
        }

        if (request.Policy is { } candidate)
        {
            errors.AddRange(DunningPolicyRules.Check(candidate).Select(e => e with { Path = "policy." + e.Path }));
        }

        return errors;
    }
}
