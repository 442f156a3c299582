using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.App.Delivery;

/// <summary>A delivery attempt as the API shows it (no storage version, no request id).</summary>
public sealed record DeliveryView(
    string InvoiceId, DeliveryChannel Channel, int Attempt, DeliveryReason Reason, DeliveryState State, string? Receiver, string? MessageId, string? Detail,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? SentAt, string? Connector)
{
    public static DeliveryView From(DeliveryRecord r) =>
        new(r.InvoiceId, r.Channel, r.Attempt, r.Reason, r.State, r.Receiver, r.MessageId, r.Detail, r.CreatedAt, r.UpdatedAt, r.SentAt, r.Connector);
}
