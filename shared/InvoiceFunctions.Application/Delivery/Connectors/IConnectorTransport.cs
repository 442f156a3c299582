namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>The wire of one connector kind (webhook, SFTP, HTTP export). Credentials are used, never logged nor put in exceptions.</summary>
public interface IConnectorTransport
{
    ConnectorKind Kind { get; }

    /// <returns>What the receiver confirmed (e.g. "HTTP 204", the files written), for the delivery record.</returns>
    /// <exception cref="ConnectorTransientException">Nothing confirmed, worth retrying (network, 5xx, timeouts...).</exception>
    /// <exception cref="ConnectorRefusedException">Never to be retried as configured (address refused by the SSRF guard, host key mismatch...).</exception>
    Task<string> SendAsync(Connector connector, ConnectorPayload payload, CancellationToken cancellationToken);

    /// <summary>Connects and checks what can be checked without delivering (host key, login, folder).</summary>
    /// <returns>What was checked.</returns>
    Task<string> TestAsync(Connector connector, CancellationToken cancellationToken);
}
