using Azure.Data.Tables;
using DurableTask.Core;

namespace InvoiceFunctions.Benchmarks.BareDunning;

/// <summary>
/// The writes of the product's <c>RunDunningStep</c> (with no SMTP server): the invoice read again, the step's claim
/// inserted and updated twice (composed, outcome), the history event in one transaction with the invoice.
/// </summary>
public sealed class BareStepActivity(TableClient table) : AsyncTaskActivity<BareDunningRun, bool>
{
    protected override async Task<bool> ExecuteAsync(TaskContext context, BareDunningRun input)
    {
        await table.GetEntityIfExistsAsync<TableEntity>("bare", "invoice");
        var claim = new TableEntity(input.InvoiceId, $"step{input.StepsTaken}") { ["CreatedAt"] = DateTimeOffset.UtcNow, ["Status"] = "Claimed" };
        await table.UpsertEntityAsync(claim, TableUpdateMode.Replace);
        claim["Status"] = "Composed";
        await table.UpsertEntityAsync(claim, TableUpdateMode.Replace);
        claim["Status"] = "DeliveryFailed";
        await table.UpsertEntityAsync(claim, TableUpdateMode.Replace);
        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpsertReplace, new TableEntity("ledger-" + input.InvoiceId, "invoice") { ["Body"] = new string('x', 800) }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("ledger-" + input.InvoiceId, $"event{input.StepsTaken}") { ["Type"] = "Reminded" }),
        ]);
        return true;
    }
}
