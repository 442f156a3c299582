using System.Text.Json;
using System.Text.Json.Serialization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.FacturX;

namespace InvoiceFunctions.Application.Intake.Batch;

/// <summary>
/// Turns a JSON batch into one Factur-X PDF per invoice, composed and rendered exactly as an issued invoice is (company,
/// billing profile, customer, calculator, the customer's language), but with the number and date the other software gave. A row that cannot be
/// composed is refused on its own with every problem; the others go on.
/// </summary>
public sealed class BatchExpander(DocumentSources sources, IntakeCounterparties counterparties, ICompanyStore companies)
{
    public const int MaxInvoices = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() }, MaxDepth = 16 };

    /// <summary>The batch's entries, or a refusal of the whole file.</summary>
    public async Task<(IReadOnlyList<BatchEntry> Entries, IntakeRefusal? Refusal)> ExpandAsync(CompanyId company, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        BatchFile? file;
        try
        {
            file = IntakeFormats.Detect(content.Span) == IntakeFormat.CsvBatch ? BatchCsv.Read(content) : JsonSerializer.Deserialize<BatchFile>(content.Span, Json);
        }
        catch (JsonException e)
        {
            return ([], new IntakeRefusal(IntakeRefusalCode.UnreadableBatch, "Not a JSON batch {\"invoices\": [...]}: " + e.Message));
        }
        catch (FormatException e)
        {
            return ([], new IntakeRefusal(IntakeRefusalCode.UnreadableBatch, "Not a CSV batch: " + e.Message));
        }

        if (file?.Invoices is not { Count: > 0 and <= MaxInvoices } invoices)
        {
            return ([], new IntakeRefusal(IntakeRefusalCode.UnreadableBatch, $"A batch holds 1 to {MaxInvoices} invoices in \"invoices\"."));
        }

        var owner = await companies.FindAsync(company, cancellationToken) ?? throw new CompanyNotFoundException(company);

        // One logo read for the whole batch (up to 1,000 rows), not one per row.
        var logo = await sources.LogoAsync(company, cancellationToken);
        var entries = new List<BatchEntry>();
        for (var i = 0; i < invoices.Count; i++)
        {
            entries.Add(await EntryAsync(owner, logo, i, invoices[i], cancellationToken));
        }

        return (entries, null);
    }

    private async Task<BatchEntry> EntryAsync(Company company, ReadOnlyMemory<byte> logo, int index, BatchInvoice row, CancellationToken cancellationToken)
    {
        var label = $"invoices[{index}].json";
        var rowJson = JsonSerializer.SerializeToUtf8Bytes(row, Json);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(row.Number) || row.Number.Length > 64)
        {
            errors.Add(new FieldError("number", "Required: the number the invoice was issued with, at most 64 characters."));
        }

        if (row.IssueDate is null)
        {
            errors.Add(new FieldError("issueDate", "Required."));
        }

        if (row.Customer is not { } customer || (customer.Id is null && string.IsNullOrWhiteSpace(customer.Name)))
        {
            errors.Add(new FieldError("customer", "Required: the id of a customer, or at least its name."));
        }

        try
        {
            if (errors.Count == 0)
            {
                var customerId = row.Customer!.Id ?? (await counterparties.FindOrAddAsync(company, InvoiceDirection.Sales, Party(row.Customer, company), cancellationToken)).Id;
                var draft = new InvoiceDraft(
                    customerId, row.Lines, row.Currency, row.DueDate, row.PaymentTerms, PurchaseOrderReference: row.PurchaseOrderReference, ContractReference: row.ContractReference, Notes: row.Notes);
                errors.AddRange(DraftRules.Check(draft));
                if (errors.Count == 0)
                {
                    var resolved = await sources.ResolveProductsAsync(company.Id, draft, cancellationToken);
                    var snapshot = await sources.SnapshotAsync(company.Id, customerId, cancellationToken);
                    var invoice = DocumentComposer.Compose(snapshot, new DocumentDraft(resolved), row.Number!.Trim(), row.IssueDate!.Value);
                    var pdf = FacturXWriter.Write(invoice, CiiProfile.En16931, DocumentComposer.RenderOptionsOf(snapshot.Profile, snapshot.Customer, resolved, logo));
                    return new BatchEntry(DocumentRenderer.FileStem(invoice) + ".pdf", pdf, null);
                }
            }
        }
        catch (LedgerValidationException e)
        {
            errors.AddRange(e.Errors);
        }

        return new BatchEntry(
            label, rowJson, new IntakeRefusal(IntakeRefusalCode.InvalidBatchRow, $"Invoice {index} of the batch cannot be composed.", errors.Select(e => $"invoices[{index}].{e.Path}: {e.Message}").ToList()));
    }

    private static TradeParty Party(BatchCustomer customer, Company company) => new()
    {
        Name = customer.Name!.Trim(),
        VatId = customer.VatId,
        LegalRegistrationId = customer.LegalId is { } id ? new Identifier(id, Identifier.SirenScheme) : null,
        ElectronicAddress = customer.Email is { } email ? new Identifier(email, "EM") : null,
        Address = (customer.Address ?? new PostalAddress()) with { CountryCode = customer.CountryCode ?? customer.Address?.CountryCode ?? company.CountryCode },
    };
}
