using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>Previews the coming periods of subscription terms, with the pure billing calendar.</summary>
public static class SubscriptionPreviewer
{
    public static IReadOnlyList<PreviewPeriod> Preview(SubscriptionPreviewRequest request)
    {
        var errors = new List<FieldError>();
        if (request.Schedule is null)
        {
            errors.Add(new FieldError("schedule", "Required: unit, interval, anchor."));
        }
        else if (request.Schedule.Interval is < 1 or > 120)
        {
            errors.Add(new FieldError("schedule.interval", "Between 1 and 120."));
        }

        if (request.Count is < 1 or > 120)
        {
            errors.Add(new FieldError("count", "Between 1 and 120."));
        }

        if (request.LastDay is { } last && last < request.Start)
        {
            errors.Add(new FieldError("lastDay", "Before the start."));
        }

        if (request.MaxPeriods is < 1)
        {
            errors.Add(new FieldError("maxPeriods", "At least 1."));
        }

        TimeZoneInfo? zone = TimeZoneInfo.Utc;
        if (request.TimeZone is { } id && !TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone))
        {
            errors.Add(new FieldError("timeZone", $"Unknown time zone '{id}': use an IANA id such as Europe/Paris."));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var terms = new SubscriptionTerms(request.Schedule!, request.Start, request.LastDay, request.MaxPeriods, request.Timing);
        var runAt = request.RunAt ?? TimeOnly.MinValue;
        return BillingCalendar.Next(terms, request.After ?? request.Start.AddDays(-1), request.Count)
            .Select(p => new PreviewPeriod(p.Sequence, p.Start, p.LastDay, p.InvoiceDate, p.IsPartial, BillingCalendar.RunsAt(p, zone!, runAt)))
            .ToList();
    }
}
