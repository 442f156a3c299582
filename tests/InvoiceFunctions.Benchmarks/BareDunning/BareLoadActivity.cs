using Azure.Data.Tables;
using DurableTask.Core;

namespace InvoiceFunctions.Benchmarks.BareDunning;

/// <summary>The reads of the product's <c>LoadDunning</c>: the invoice, the policy, the customer and the steps taken.</summary>
public sealed class BareLoadActivity(TableClient table, int steps) : AsyncTaskActivity<BareDunningRun, bool>
{
    protected override async Task<bool> ExecuteAsync(TaskContext context, BareDunningRun input)
    {
        foreach (var row in new[] { "invoice", "policy", "customer" })
        {
            await table.GetEntityIfExistsAsync<TableEntity>("bare", row);
        }

        await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {input.InvoiceId}")))
        {
        }

        return input.StepsTaken < steps;
    }
}
