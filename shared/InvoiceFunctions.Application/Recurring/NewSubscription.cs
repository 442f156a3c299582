using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>A request to create a subscription; <see cref="Validate"/> lists every problem at once.</summary>
public sealed record NewSubscription(
    string? Id,
    string? CustomerId,
    string? Currency,
    IReadOnlyList<SubscriptionLine>? Lines,
    BillingSchedule? Schedule,
    DateOnly Start,
    DateOnly? LastDay = null,
    int? MaxPeriods = null,
    BillingTiming Timing = BillingTiming.InAdvance,
    int PaymentDays = 30)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Id is null || Id.Length is < 1 or > 40 || !Id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add(new FieldError("id", "1-40 characters: letters, digits and '-'."));
        }

        if (string.IsNullOrWhiteSpace(CustomerId))
        {
            errors.Add(new FieldError("customerId", "Required: a customer of the company."));
        }

        if (Currency is null || Currency.Length != 3 || !Currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new FieldError("currency", "An ISO 4217 code such as EUR."));
        }

        if (Lines is not { Count: > 0 and <= 100 })
        {
            errors.Add(new FieldError("lines", "1 to 100 lines."));
        }

        for (var i = 0; i < (Lines?.Count ?? 0); i++)
        {
            var line = Lines![i];
            if (string.IsNullOrWhiteSpace(line.Description) || line.Quantity <= 0 || line.UnitPrice < 0 || line.VatRatePercent is < 0 or > 100)
            {
                errors.Add(new FieldError($"lines[{i}]", "A description, a positive quantity, a price of at least 0 and a VAT rate between 0 and 100."));
            }
        }

        if (Schedule is null || Schedule.Interval is < 1 or > 120)
        {
            errors.Add(new FieldError("schedule", "Required: unit (Day, Week, Month, Year), interval 1-120, anchor."));
        }

        if (LastDay is { } last && last < Start)
        {
            errors.Add(new FieldError("lastDay", "Before the start."));
        }

        if (MaxPeriods is < 1 || PaymentDays is < 0 or > 365)
        {
            errors.Add(new FieldError(MaxPeriods is < 1 ? "maxPeriods" : "paymentDays", MaxPeriods is < 1 ? "At least 1." : "Between 0 and 365."));
        }

        return errors;
    }
}
