using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// Tells the company that a billing failure paused a subscription: an event <c>subscription.paused</c> in the
/// integrators' feed (its id from the pause, so published again it changes nothing) and a mail to the billing
/// profile's address. The mail is claimed on the subscription (<see cref="Subscription.PauseAlerted"/>, a write
/// conditional on the version read) before it leaves: a retried or concurrent run finds the claim and sends nothing,
/// so there is one mail per pause (none if the process dies between the claim and the send: the event still tells).
/// </summary>
public sealed class SubscriptionPauseAlerts(ISubscriptionStore store, IOutboundEventStore events, DunningAlerts mail)
{
    public const string EventType = "subscription.paused";

    /// <summary>Whether <paramref name="subscription"/> was paused by a failure whose alert is not claimed yet.</summary>
    public static bool Pending(Subscription subscription) =>
        subscription is { Status: SubscriptionStatus.Paused, PausedAt: not null, PauseAlerted: false };

    public async Task AlertAsync(Subscription paused, CancellationToken cancellationToken)
    {
        var at = paused.PausedAt!.Value;
        var key = $"{paused.Id}.paused.{at.UtcTicks}";
        await events.PublishAsync(paused.Company, new OutboundEvent(key, EventType, at, paused.Id, null, paused.PausedReason), cancellationToken);
        var current = paused;
        for (var attempt = 0; attempt < 5 && Pending(current) && current.PausedAt == at; attempt++)
        {
            if (await store.TryUpdateAsync(current, current with { PauseAlerted = true }, cancellationToken) is not null)
            {
                await SendAsync(current, $"subscription-{paused.Company.Value}-{key}", cancellationToken);
                return;
            }

            // Changed since read (another run claimed it, the company edited or resumed it): look again.
            if (await store.FindAsync(paused.Company, paused.Id, cancellationToken) is not { } again)
            {
                return;
            }

            current = again;
        }
    }

    private async Task SendAsync(Subscription paused, string key, CancellationToken cancellationToken)
    {
        var resume = $"POST /api/companies/{paused.Company.Value}/subscriptions/{paused.Id}/resume";
        var (subject, body) = await mail.FrenchAsync(paused.Company, cancellationToken)
            ? ($"Abonnement suspendu : {paused.Id}",
                $"La facturation de l'abonnement {paused.Id} (client {paused.CustomerId}) est suspendue : {paused.PausedReason}\n\n"
                + $"Les autres abonnements continuent. Corrigez la cause puis reprenez-le ({resume}) : les périodes manquées seront facturées.")
            : ($"Subscription paused: {paused.Id}",
                $"Billing of subscription {paused.Id} (customer {paused.CustomerId}) is paused: {paused.PausedReason}\n\n"
                + $"Other subscriptions go on. Fix the cause, then resume it ({resume}): the missed periods will be billed.");
        await mail.SendAsync(paused.Company, key, subject, body, cancellationToken);
    }
}
