namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>The answer of "test connection": whether it worked and what was checked or what failed.</summary>
public sealed record ConnectorTestResult(string Connector, bool Ok, string Detail);
