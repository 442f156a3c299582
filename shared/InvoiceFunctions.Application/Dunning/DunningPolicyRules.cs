using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>What makes a dunning policy acceptable: all problems at once.</summary>
public static partial class DunningPolicyRules
{
    private const string ConnectorRule = "A webhook connector's id (at most 64 characters), on a Webhook step only.";

    public const string NameRule = "A policy name: 1-40 characters a-z, 0-9 and '-', starting with a letter or digit.";

    /// <summary>Whether <paramref name="name"/> can name one of a company's policies (customers refer to it).</summary>
    public static bool IsName(string? name) => name is not null && NamePattern().IsMatch(name);

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial System.Text.RegularExpressions.Regex NamePattern();

    public static IReadOnlyList<FieldError> Check(DunningPolicy? policy)
    {
        if (policy is null)
        {
            return [new FieldError("", "A policy is required.")];
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(policy.Name) || policy.Name.Length > 60)
        {
            errors.Add(new FieldError("name", "Required, at most 60 characters."));
        }

        var steps = policy.Steps ?? [];
        if (steps.Count > 10)
        {
            errors.Add(new FieldError("steps", "At most 10 fixed steps."));
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var path = $"steps[{i}]";
            if (step.Kind == DunningStepKind.Reminder)
            {
                errors.Add(new FieldError($"{path}.kind", "Plain reminders are set with 'reminders' (first day, frequency, count)."));
            }
            else if (step.Kind == DunningStepKind.PreDueNotice ? step.DaysFromDue is >= 0 or < -60 : step.DaysFromDue is <= 0 or > 365)
            {
                errors.Add(new FieldError($"{path}.daysFromDue", step.Kind == DunningStepKind.PreDueNotice ? "A pre-due notice comes 1 to 60 days before the due date (negative)." : "Steps after the due date come 1 to 365 days after it."));
            }

            if (step.Connector is not null && (step.Channel != DunningChannel.Webhook || step.Connector.Length is 0 or > 64))
            {
                errors.Add(new FieldError($"{path}.connector", ConnectorRule));
            }

            if (steps.Take(i).Any(s => s.Kind == step.Kind))
            {
                errors.Add(new FieldError($"{path}.kind", $"Only one {step.Kind} step."));
            }
        }

        if (steps.FirstOrDefault(s => s.Kind == DunningStepKind.Collection) is { } collection && steps.Any(s => s.DaysFromDue > collection.DaysFromDue))
        {
            errors.Add(new FieldError("steps", "Collection ends dunning: no step may come after it."));
        }

        if (policy.Reminders is { } reminders
            && (reminders.FirstDaysAfterDue is < 1 or > 365 || reminders.EveryDays is < 1 or > 90 || reminders.MaxCount is < 0 or > 12))
        {
            errors.Add(new FieldError("reminders", "First reminder 1-365 days after the due date, every 1-90 days, at most 12."));
        }

        if (policy.Reminders?.Connector is { } connector && (policy.Reminders.Channel != DunningChannel.Webhook || connector.Length is 0 or > 64))
        {
            errors.Add(new FieldError("reminders.connector", ConnectorRule));
        }

        if (policy.AnnualInterestRatePercent is < 0 or > 100)
        {
            errors.Add(new FieldError("annualInterestRatePercent", "Between 0 and 100."));
        }

        if (string.IsNullOrEmpty(policy.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(policy.TimeZone, out _))
        {
            errors.Add(new FieldError("timeZone", "An IANA time zone such as Europe/Paris."));
        }

        if (policy.PaymentLink is { } link && (link.Length > 500 || !Uri.TryCreate(link.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(new FieldError("paymentLink", "An https URL (at most 500 characters) where {number}, {reference}, {amount} and {currency} are filled in."));
        }

        if (policy.RecoveryIndemnity is < 0 or > 10_000)
        {
            errors.Add(new FieldError("recoveryIndemnity", "Between 0 and 10000."));
        }

        if (policy.OnBounce == DunningBounceAction.PostalAfterDays ? policy.OnBounceDays is < 1 or > 90 : policy.OnBounceDays != 0)
        {
            errors.Add(new FieldError("onBounceDays", "1-90 plan days with onBounce PostalAfterDays; 0 (or absent) otherwise."));
        }

        if (!Enum.IsDefined(policy.OnBounce))
        {
            errors.Add(new FieldError("onBounce", "WaitForAddress, Postal or PostalAfterDays."));
        }

        return errors;
    }
}
