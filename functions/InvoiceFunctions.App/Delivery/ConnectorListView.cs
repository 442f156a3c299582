namespace InvoiceFunctions.App.Delivery;

/// <summary>A company's connectors.</summary>
public sealed record ConnectorListView(IReadOnlyList<ConnectorView> Items);
