namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>
/// The body of POST (create) and PUT (replace) .../connectors: the fields of its kind. On replace, a credential left out
/// (null) keeps the stored one, so a client that never saw it can change the rest.
/// </summary>
public sealed record ConnectorRequest(
    string? Id = null,
    ConnectorKind? Kind = null,
    string? Name = null,
    bool? Enabled = null,
    IReadOnlyList<ConnectorFormat>? Formats = null,
    string? Url = null,
    string? Secret = null,
    string? Host = null,
    int? Port = null,
    string? UserName = null,
    string? Password = null,
    string? PrivateKey = null,
    string? HostKeySha256 = null,
    string? Folder = null,
    string? FileNamePattern = null,
    string? Method = null,
    string? AuthHeaderName = null,
    string? AuthHeaderValue = null,
    bool? PrintProvider = null);
