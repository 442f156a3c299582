using System.Globalization;
using System.Net.Http.Headers;
using InvoiceFunctions.Application.Delivery.Connectors;

namespace InvoiceFunctions.Adapters.Connectors;

/// <summary>
/// Webhook connectors: POST of the invoice event to the receiver's URL with the Standard Webhooks headers webhook-id (stable
/// for the attempt: receivers drop a repeat), webhook-timestamp (Unix seconds of this try) and webhook-signature (v1 HMAC-SHA256).
/// </summary>
public sealed class WebhookTransport(GuardedHttp http) : IConnectorTransport
{
    public ConnectorKind Kind => ConnectorKind.Webhook;

    public Task<string> SendAsync(Connector connector, ConnectorPayload payload, CancellationToken cancellationToken)
    {
        var timestamp = payload.Timestamp.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, connector.Url) { Content = new ByteArrayContent(payload.Event) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", payload.DeliveryId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(connector.Secret!, payload.DeliveryId, timestamp, payload.Event));
        return http.SendAsync(request, cancellationToken);
    }

    public Task<string> TestAsync(Connector connector, CancellationToken cancellationToken) => http.ProbeAsync(connector.Url!, cancellationToken);
}
