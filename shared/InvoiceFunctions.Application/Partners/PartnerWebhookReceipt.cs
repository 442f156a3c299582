namespace InvoiceFunctions.Application.Partners;

/// <summary>What a webhook delivery did: its event type, a short outcome and the id of what it made or touched.</summary>
/// <param name="Replayed">True when this answer was given before to the same webhook-id: nothing was done again.</param>
public sealed record PartnerWebhookReceipt(string Type, string Outcome, string? ResourceId, DateTimeOffset At, bool Replayed = false);
