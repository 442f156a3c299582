using InvoiceFunctions.Application.Delivery.Connectors;

namespace InvoiceFunctions.App.Delivery;

/// <summary>A connector as the API shows it: every setting except credentials, of which only their presence is told.</summary>
public sealed record ConnectorView(
    string Id, ConnectorKind Kind, string Name, bool Enabled, IReadOnlyList<ConnectorFormat> Formats, string? Url, bool HasSecret, string? Host, int? Port, string? UserName,
    bool HasPassword, bool HasPrivateKey, string? HostKeySha256, string? Folder, string? FileNamePattern, string? Method, string? AuthHeaderName, bool HasAuthHeaderValue,
    bool PrintProvider, string? DisabledReason, DateTimeOffset? DisabledAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ConnectorView From(Connector c) => new(
        c.Id, c.Kind, c.Name, c.Enabled, c.Formats, c.Url, !string.IsNullOrEmpty(c.Secret), c.Host, c.Kind == ConnectorKind.Sftp ? c.Port : null, c.UserName,
        !string.IsNullOrEmpty(c.Password), !string.IsNullOrEmpty(c.PrivateKey), c.HostKeySha256, c.Folder, c.FileNamePattern, c.Method, c.AuthHeaderName,
        !string.IsNullOrEmpty(c.AuthHeaderValue), c.PrintProvider, c.DisabledReason, c.DisabledAt, c.CreatedAt, c.UpdatedAt);
}
