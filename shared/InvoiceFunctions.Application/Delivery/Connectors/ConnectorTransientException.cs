namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>A connector delivery failed in a way a later try may not (the message names no credential).</summary>
public sealed class ConnectorTransientException(string message, Exception? inner = null) : Exception(message, inner);
