using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>
/// A company's delivery connector (table Connectors, partition = company, row = id). One flat record for the three kinds:
/// the fields of the other kinds stay null. <see cref="Secret"/>, <see cref="Password"/>, <see cref="PrivateKey"/> and
/// <see cref="AuthHeaderValue"/> are credentials: stored, used, never returned by the API nor logged.
/// </summary>
/// <param name="Url">Webhook receiver or HTTP export endpoint (https; http only for loopback with Connectors__AllowLoopback).</param>
/// <param name="Secret">Webhook signing secret, <c>whsec_</c> + base64 of 24 to 64 bytes (Standard Webhooks).</param>
/// <param name="HostKeySha256">The SFTP server's pinned host key, as <c>ssh-keygen -l -E sha256</c> prints it: <c>SHA256:</c> + 43 base64 characters.</param>
/// <param name="FileNamePattern">SFTP/HTTP file names: <c>{number}</c>, <c>{invoiceId}</c>, <c>{issueDate}</c>, <c>{format}</c>, <c>{ext}</c>.</param>
/// <param name="PrintProvider">This SFTP connector receives the postal fallback's print batches.</param>
/// <param name="DisabledReason">Why the connector was disabled automatically (retries exhausted), until it is enabled again.</param>
public sealed record Connector(
    CompanyId Company,
    string Id,
    ConnectorKind Kind,
    string Name,
    bool Enabled,
    IReadOnlyList<ConnectorFormat> Formats,
    string? Url,
    string? Secret,
    string? Host,
    int Port,
    string? UserName,
    string? Password,
    string? PrivateKey,
    string? HostKeySha256,
    string? Folder,
    string? FileNamePattern,
    string? Method,
    string? AuthHeaderName,
    string? AuthHeaderValue,
    bool PrintProvider,
    string? DisabledReason,
    DateTimeOffset? DisabledAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Version = null)
{
    /// <summary>Where the deliveries go, as the delivery records show it (no credentials).</summary>
    public string Receiver => Kind switch
    {
        ConnectorKind.Sftp => $"sftp://{UserName}@{Host}:{Port}/{Folder?.TrimStart('/')}",
        _ => Url ?? "",
    };

    public DeliveryChannel Channel => Kind switch
    {
        ConnectorKind.Webhook => DeliveryChannel.Webhook,
        ConnectorKind.Sftp => DeliveryChannel.Sftp,
        _ => DeliveryChannel.Http,
    };
}
