using InvoiceFunctions.Application.Payments;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Payments;

/// <summary>
/// A statement dropped in container "bank" as "{company}/{name}" (a CSV's account as "{company}/{account}/{name}") goes
/// through the same importer as the API. A refused file is quarantined by the importer and not retried.
/// </summary>
public sealed class BankStatementBlobFunction(BankStatementImporter importer)
{
    [Function("BankStatementUploaded")]
    public async Task BankStatementUploaded(
        [BlobTrigger("bank/{company}/{name}", Source = BlobTriggerSource.EventGrid)] byte[] content, string company, string name, CancellationToken cancellationToken)
    {
        var slash = name.LastIndexOf('/');
        try
        {
            await importer.ImportAsync(company, name, content, slash > 0 ? name[..slash] : null, "bank-upload", cancellationToken);
        }
        catch (StatementQuarantinedException)
        {
            // Kept in quarantine with its reason (logged by the importer); retrying cannot make the file valid.
        }
    }
}
