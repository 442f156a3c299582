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
    int PaymentDays = 30,
    bool Send = true)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Id is null || Id.Length is < 1 or > 40 || !Id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add(new FieldError("id", "1-40 characters: letters, digits and '-'."));
        }

        SubscriptionFields.CheckSchedule(errors, Schedule);
        SubscriptionFields.Check(errors, CustomerId, Currency, Lines, Start, LastDay, MaxPeriods, PaymentDays);
        return errors;
    }
}
