using System.Net.Http.Headers;
using InvoiceFunctions.Application.Delivery.Connectors;

namespace InvoiceFunctions.Adapters.Connectors;

/// <summary>
/// HTTP export connectors: each file PUT to <c>{url}/{file name}</c> (or POSTed to the URL with its name in Content-Disposition),
/// with the configured authorization header. A file already accepted is sent again on a retry: PUT is idempotent by name.
/// </summary>
public sealed class HttpExportTransport(GuardedHttp http) : IConnectorTransport
{
    public ConnectorKind Kind => ConnectorKind.Http;

    public async Task<string> SendAsync(Connector connector, ConnectorPayload payload, CancellationToken cancellationToken)
    {
        var answers = new List<string>();
        foreach (var file in payload.Files)
        {
            var put = connector.Method != "POST";
            var url = put ? $"{connector.Url!.TrimEnd('/')}/{Uri.EscapeDataString(file.Name)}" : connector.Url!;
            var request = new HttpRequestMessage(put ? HttpMethod.Put : HttpMethod.Post, url) { Content = new ByteArrayContent(file.Content) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            request.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = file.Name };
            request.Headers.Add("Idempotency-Key", $"{payload.DeliveryId}.{file.Format}");
            if (connector.AuthHeaderName is { } header)
            {
                request.Headers.TryAddWithoutValidation(header, connector.AuthHeaderValue);
            }

            answers.Add($"{file.Name}: {await http.SendAsync(request, cancellationToken)}");
        }

        return string.Join("; ", answers);
    }

    public Task<string> TestAsync(Connector connector, CancellationToken cancellationToken) => http.ProbeAsync(connector.Url!, cancellationToken);
}
