namespace InvoiceFunctions.Core.Dunning;

/// <summary>
/// Where a dunning goes while an e-mail step's bounce stands (no corrected address yet) and its policy does not wait for one
/// (<see cref="DunningPolicy.OnBounce"/>): first the bounced step again as a postal letter, key <c>{step}:postal</c> (with the
/// instance id, the idempotency key of the re-send), on the bounced step's day or <see cref="DunningPolicy.OnBounceDays"/>
/// days after it; until it is taken no later step is; after it, the e-mail steps go by post, the address being known to fail.
/// </summary>
public static class DunningBounceRouting
{
    public const string PostalSuffix = ":postal";

    /// <param name="next">The plan's next step not taken.</param>
    /// <param name="bouncedKey">The key of the step whose bounce stands.</param>
    /// <param name="taken">The keys of the steps taken.</param>
    public static PlannedStep? Next(DunningPolicy policy, IReadOnlyList<PlannedStep> plan, PlannedStep? next, string bouncedKey, IReadOnlySet<string> taken)
    {
        if (policy.OnBounce == DunningBounceAction.WaitForAddress)
        {
            return next;
        }

        if (!taken.Contains(bouncedKey + PostalSuffix) && plan.FirstOrDefault(p => p.Key == bouncedKey) is { } bounced)
        {
            var wait = policy.OnBounce == DunningBounceAction.PostalAfterDays ? policy.OnBounceDays : 0;
            return bounced with { Key = bouncedKey + PostalSuffix, Channel = DunningChannel.Postal, Date = bounced.Date.AddDays(wait) };
        }

        return next is { Channel: DunningChannel.Email } ? next with { Channel = DunningChannel.Postal } : next;
    }

    /// <summary>The bounced step's key when <paramref name="step"/> re-sends it by post, else null.</summary>
    public static string? ResendOf(PlannedStep step) =>
        step.Key.EndsWith(PostalSuffix, StringComparison.Ordinal) ? step.Key[..^PostalSuffix.Length] : null;
}
