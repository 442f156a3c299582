using InvoiceFunctions.Application.Security;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The receiver's acknowledgement link of one delivery attempt: its delivery id (webhook-id, Message-ID) signed with a
/// key of its own, so only the receiver it was sent to can confirm it. A webhook's link does not expire (a system may
/// confirm late); a mail's link, which travels through mailboxes and forwards, carries its expiry
/// (<c>Delivery__AcknowledgementLinkLifetime</c>) under a second key, so neither kind is valid as the other.
/// </summary>
public sealed class DeliveryAcknowledgementLinks(IOptions<SecurityOptions> security, IOptions<DeliveryOptions> options, TimeProvider time)
{
    private readonly byte[] key = SignedToken.Key(security.Value, "delivery-acknowledgements"u8);
    private readonly byte[] emailKey = SignedToken.Key(security.Value, "delivery-acknowledgements-email"u8);

    /// <summary>The path (under the API's address) the receiver POSTs to.</summary>
    public string PathFor(string deliveryId) => $"/api/deliveries/{SignedToken.Create(key, deliveryId)}/acknowledgement";

    /// <summary>The absolute link put in a mail (GET or POST), valid until <paramref name="now"/> + the lifetime; null when the app has no public address.</summary>
    public string? EmailUrlFor(string messageId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return null;
        }

        var expires = (now + options.Value.AcknowledgementLinkLifetime).ToUnixTimeSeconds();
        return $"{options.Value.PublicBaseUrl.TrimEnd('/')}/api/deliveries/{SignedToken.Create(emailKey, $"{messageId}|{expires}")}/acknowledgement";
    }

    /// <returns>The delivery id of a genuine (and, for a mail's link, unexpired) token; null otherwise.</returns>
    public string? Verify(string token)
    {
        if (SignedToken.Read(key, token) is { } deliveryId)
        {
            return deliveryId;
        }

        var payload = SignedToken.Read(emailKey, token);
        var bar = payload?.LastIndexOf('|') ?? -1;
        return bar > 0 && long.TryParse(payload![(bar + 1)..], out var expires) && time.GetUtcNow().ToUnixTimeSeconds() <= expires ? payload[..bar] : null;
    }
}
