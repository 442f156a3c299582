namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>What one delivery attempt hands to a connector's transport.</summary>
/// <param name="DeliveryId">Stable across the attempt's tries (the webhook-id): receivers drop a repeat by it.</param>
/// <param name="Event">The invoice event as JSON (the webhook body).</param>
/// <param name="Files">The documents in the connector's formats (exported files; inside <paramref name="Event"/> for webhooks).</param>
public sealed record ConnectorPayload(string DeliveryId, DateTimeOffset Timestamp, byte[] Event, IReadOnlyList<ExportFile> Files);
