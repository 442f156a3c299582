namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>One document a connector sends, named by its file name pattern.</summary>
public sealed record ExportFile(ConnectorFormat Format, string Name, string ContentType, byte[] Content);
