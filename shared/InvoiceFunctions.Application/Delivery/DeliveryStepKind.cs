namespace InvoiceFunctions.Application.Delivery;

/// <summary>What a delivery request leads to, given the attempts already recorded.</summary>
public enum DeliveryStepKind
{
    /// <summary>A new attempt: record it, then send.</summary>
    Start,

    /// <summary>This request's attempt is queued (an earlier try sent nothing): send it.</summary>
    Resume,

    /// <summary>This request's attempt has an intent without confirmation: mark it unconfirmed, send nothing.</summary>
    Reconcile,

    /// <summary>This request's attempt ended but its ledger event is missing: record the event, send nothing.</summary>
    CompleteLedger,

    /// <summary>This request's attempt is settled: nothing to do.</summary>
    Settled,

    /// <summary>Another request already delivered (or is delivering) this invoice on this channel: nothing is sent.</summary>
    Duplicate,
}
