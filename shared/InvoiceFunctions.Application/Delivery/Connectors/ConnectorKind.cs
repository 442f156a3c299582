namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>How a connector hands an issued invoice to its receiver.</summary>
public enum ConnectorKind
{
    /// <summary>POST of the signed invoice event (Standard Webhooks) with its documents to the receiver's URL.</summary>
    Webhook,

    /// <summary>Files written to a folder of an SFTP server (SSH.NET), host key pinned.</summary>
    Sftp,

    /// <summary>PUT or POST of each file to an HTTP endpoint with a configured authorization header.</summary>
    Http,
}
