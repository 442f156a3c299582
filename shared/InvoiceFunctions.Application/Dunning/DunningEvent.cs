using System.Text.Json.Serialization;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// What the rest of the product tells an invoice's dunning. <see cref="Start"/> starts it (once); the others are the
/// orchestration's external events: each wakes it to re-read the invoice, so the ledger stays the one source of truth.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DunningEvent>))]
public enum DunningEvent
{
    Start,
    PaymentReceived,
    DisputeOpened,
    DisputeClosed,
    CreditNoteIssued,
    LifecycleStatusReceived,

    /// <summary>A reminder bounced (a DSN came back): the dunning holds until the address is corrected.</summary>
    Bounced,

    /// <summary>The customer's address was corrected after a bounce: the dunning goes on.</summary>
    AddressCorrected,
}
