using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Intake;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Intake;

/// <summary>
/// The upload door: an invoice dropped in container "inbox" as "{company}/{name}" is imported (or quarantined with its
/// reason). A refusal is final for that content: the function completes, so the trigger does not retry it in vain.
/// </summary>
public sealed class InvoiceUploadFunction(InvoiceIntake intake)
{
    [Function("ImportUploadedInvoice")]
    public Task ImportUploadedInvoice(
        [BlobTrigger(ContainerNames.Inbox + "/{company}/{name}", Source = BlobTriggerSource.EventGrid)] byte[] content, string company, string name, CancellationToken cancellationToken) =>
        intake.ImportUploadAsync(company, name, content, cancellationToken);
}
