using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Dunning;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.App.Dunning;

/// <summary>
/// Turns the signals of issuing, payments and the ledger (queue "dunning-signals") into a start or an external event of
/// the invoice's dunning. An event for an invoice without a live dunning is dropped: there is nothing to wake.
/// </summary>
public sealed class DunningSignalFunctions(IOptions<DunningOptions> options)
{
    [Function("SignalDunning")]
    public async Task SignalDunning([QueueTrigger(QueueNames.DunningSignals)] DunningSignal signal, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (!CompanyId.TryParse(signal.Company, out var company) || string.IsNullOrEmpty(signal.InvoiceId))
        {
            return;
        }

        if (signal.Event == DunningEvent.Start && options.Value.Enabled)
        {
            await DunningStarter.StartAsync(client, company, signal.InvoiceId, options.Value.DayLength, cancellationToken);
            return;
        }

        var id = DunningService.InstanceId(company, signal.InvoiceId);
        if (signal.Event != DunningEvent.Start && await client.GetInstanceAsync(id, cancellationToken) is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
        {
            await client.RaiseEventAsync(id, signal.Event.ToString(), null, cancellationToken);
        }
    }
}
