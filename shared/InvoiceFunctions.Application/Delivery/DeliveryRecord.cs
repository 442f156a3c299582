using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>One delivery attempt of an invoice on a channel (table Deliveries, partition = company).</summary>
/// <param name="Attempt">1 for the first delivery, then one more per re-send.</param>
/// <param name="RequestId">The queue message that asked for this attempt: its retries find the attempt again.</param>
/// <param name="Receiver">The receiver's address (BT-49 of the customer for e-mail).</param>
/// <param name="MessageId">The deterministic Message-ID recorded with the intent, before the SMTP send: <c>{invoiceId}.{attempt}@{sender domain}</c>; for connectors the delivery id (webhook-id) <c>{invoiceId}.{connector}.{attempt}</c>.</param>
/// <param name="Detail">Why it failed, bounced or is unconfirmed; the last transient error while queued.</param>
/// <param name="LedgerRecorded">Whether the outcome's ledger event (Sent, Bounced, DeliveryFailed) is in the invoice history.</param>
/// <param name="Version">The storage ETag read with it: an update is refused when the row changed since.</param>
/// <param name="Connector">The connector's id for the webhook, SFTP and HTTP channels (with the channel, the receiver the duplicate guard is about); null for e-mail.</param>
public sealed record DeliveryRecord(
    CompanyId Company,
    string InvoiceId,
    DeliveryChannel Channel,
    int Attempt,
    DeliveryReason Reason,
    string RequestId,
    DeliveryState State,
    string? Receiver,
    string? MessageId,
    string? Detail,
    bool LedgerRecorded,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SentAt,
    string? Version = null,
    string? Connector = null);
