using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Dunning;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace InvoiceFunctions.App.Dunning;

/// <summary>
/// Starts an invoice's dunning. Starting it twice is a no-op whatever the instance's state: a dunning that ended,
/// or that a user cancelled, is not started again by a replayed issue message.
/// </summary>
public static class DunningStarter
{
    /// <returns>True when this call started it.</returns>
    public static async Task<bool> StartAsync(DurableTaskClient client, CompanyId company, string invoiceId, TimeSpan dayLength, CancellationToken cancellationToken)
    {
        var id = DunningService.InstanceId(company, invoiceId);
        if (await client.GetInstanceAsync(id, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(DunningOrchestration.Dunning), new DunningRun(company.Value, invoiceId, dayLength), new StartOrchestrationOptions(id), cancellationToken);
            return true;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Two starts raced: the other one created it. Anything else is a real failure, for the caller's retry.
            if (await client.GetInstanceAsync(id, cancellationToken) is null)
            {
                throw;
            }

            return false;
        }
    }
}
