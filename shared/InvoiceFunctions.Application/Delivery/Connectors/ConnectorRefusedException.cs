namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>A connector delivery that must not be retried as configured: the SSRF guard refused the address, the host key does not match...</summary>
public sealed class ConnectorRefusedException(string message, Exception? inner = null) : Exception(message, inner);
