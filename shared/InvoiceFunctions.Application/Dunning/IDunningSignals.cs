namespace InvoiceFunctions.Application.Dunning;

/// <summary>Where issuing, payments and the ledger tell an invoice's dunning what happened (the queue "dunning-signals").</summary>
public interface IDunningSignals
{
    Task SendAsync(DunningSignal signal, CancellationToken cancellationToken);
}
