using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>The checks a subscription's fields get, on creation and on update alike: every problem listed at once.</summary>
public static class SubscriptionFields
{
    public static void Check(
        List<FieldError> errors, string? customerId, string? currency, IReadOnlyList<SubscriptionLine>? lines, DateOnly start, DateOnly? lastDay, int? maxPeriods, int paymentDays)
    {
        if (string.IsNullOrWhiteSpace(customerId))
        {
            errors.Add(new FieldError("customerId", "Required: a customer of the company."));
        }

        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new FieldError("currency", "An ISO 4217 code such as EUR."));
        }

        if (lines is not { Count: > 0 and <= 100 })
        {
            errors.Add(new FieldError("lines", "1 to 100 lines."));
        }

        for (var i = 0; i < (lines?.Count ?? 0); i++)
        {
            CheckLine(errors, i, lines![i]);
        }

        if (lastDay is { } last && last < start)
        {
            errors.Add(new FieldError("lastDay", "Before the start."));
        }

        if (maxPeriods is < 1)
        {
            errors.Add(new FieldError("maxPeriods", "At least 1."));
        }

        if (paymentDays is < 0 or > 365)
        {
            errors.Add(new FieldError("paymentDays", "Between 0 and 365."));
        }
    }

    public static void CheckSchedule(List<FieldError> errors, BillingSchedule? schedule)
    {
        if (schedule is null || schedule.Interval is < 1 or > 120 || !Enum.IsDefined(schedule.Unit))
        {
            errors.Add(new FieldError("schedule", "Required: unit (Day, Week, Month, Year), interval 1-120, anchor."));
        }
    }

    private static void CheckLine(List<FieldError> errors, int i, SubscriptionLine line)
    {
        if (string.IsNullOrWhiteSpace(line.Description) || line.Quantity <= 0 || line.UnitPrice < 0 || line.VatRatePercent is < 0 or > 100)
        {
            errors.Add(new FieldError($"lines[{i}]", "A description, a positive quantity, a price of at least 0 and a VAT rate between 0 and 100."));
        }

        var changes = line.PriceChanges ?? [];
        for (var j = 0; j < changes.Count; j++)
        {
            if (changes[j] is null || changes[j].UnitPrice < 0 || changes.Take(j).Any(c => c?.EffectiveFrom == changes[j].EffectiveFrom))
            {
                errors.Add(new FieldError($"lines[{i}].priceChanges[{j}]", "A price of at least 0, one change per date."));
            }
        }
    }
}
