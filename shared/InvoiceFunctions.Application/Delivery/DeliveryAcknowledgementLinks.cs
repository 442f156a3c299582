using InvoiceFunctions.Application.Security;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The receiver's acknowledgement link of one delivery attempt: its delivery id (webhook-id, Message-ID) signed with a
/// key of its own, so only the receiver it was sent to can confirm it. It does not expire: a confirmation may come late.
/// </summary>
public sealed class DeliveryAcknowledgementLinks(IOptions<SecurityOptions> security)
{
    private readonly byte[] key = SignedToken.Key(security.Value, "delivery-acknowledgements"u8);

    /// <summary>The path (under the API's address) the receiver POSTs to.</summary>
    public string PathFor(string deliveryId) => $"/api/deliveries/{SignedToken.Create(key, deliveryId)}/acknowledgement";

    /// <returns>The delivery id of a genuine token; null otherwise.</returns>
    public string? Verify(string token) => SignedToken.Read(key, token);
}
