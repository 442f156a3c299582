namespace InvoiceFunctions.Adapters.Connectors;

/// <summary>The SSRF guard refused every way to a host: one of its addresses is not public (the message says which and why).</summary>
public sealed class OutboundAddressRefusedException(string host, string why) : Exception($"Refused to connect to {host}: {why}.");
