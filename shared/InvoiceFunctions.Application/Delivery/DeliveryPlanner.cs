namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The duplicate guard and the crash reconciliation as one pure decision over the attempts recorded for an invoice
/// on a channel. A request (a queue message, by its id) owns at most one attempt:
/// <list type="bullet">
/// <item>its attempt is queued: send it (an earlier try failed before anything was handed to the server);</item>
/// <item>its attempt is "sending": an intent without confirmation, so the earlier try died after recording it (maybe after
/// the server accepted the mail): never sent again automatically, marked unconfirmed;</item>
/// <item>its attempt ended without its ledger event: record the event only;</item>
/// <item>a new "issued" request when any attempt exists: a duplicate, nothing is sent;</item>
/// <item>a new "resend" request: the next attempt.</item>
/// </list>
/// </summary>
public static class DeliveryPlanner
{
    public static DeliveryStep Plan(IReadOnlyList<DeliveryRecord> attempts, string requestId, DeliveryReason reason)
    {
        var own = attempts.FirstOrDefault(a => a.RequestId == requestId);
        if (own is not null)
        {
            return own.State switch
            {
                DeliveryState.Queued => new DeliveryStep(DeliveryStepKind.Resume, own.Attempt, own),
                DeliveryState.Sending => new DeliveryStep(DeliveryStepKind.Reconcile, own.Attempt, own),
                DeliveryState.Sent or DeliveryState.Failed or DeliveryState.Bounced when !own.LedgerRecorded => new DeliveryStep(DeliveryStepKind.CompleteLedger, own.Attempt, own),
                _ => new DeliveryStep(DeliveryStepKind.Settled, own.Attempt, own),
            };
        }

        var last = attempts.Count == 0 ? 0 : attempts.Max(a => a.Attempt);
        return reason == DeliveryReason.Issued && last > 0
            ? new DeliveryStep(DeliveryStepKind.Duplicate, last, attempts.First(a => a.Attempt == last))
            : new DeliveryStep(DeliveryStepKind.Start, last + 1);
    }
}
