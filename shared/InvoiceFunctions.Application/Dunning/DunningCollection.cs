using System.IO.Compression;
using System.Text.Json;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// The hand-off to collection: the invoice's file as a zip, stored with the dunning's files (<c>GET .../dunning/collection</c>)
/// and carried by a webhook collection step. <c>file.json</c> holds the invoice (amounts, paid, credited, amount due), the
/// customer (identifiers, addresses), the fee documents and the total due with them, every step taken (channel, state,
/// receiver, days late, amount due) and the invoice's history; beside it the invoice's PDF as archived and the letters sent.
/// </summary>
public sealed class DunningCollection(
    LedgerService ledger, ILedgerStore store, IPartyStore parties, IDunningStepStore steps, IDunningFileStore files, ConnectorDocuments documents, TimeProvider time)
{
    /// <summary>The stored name of the collection file.</summary>
    public const string FileName = "collection.zip";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Builds and stores the file (a retry replaces it with the same facts).</summary>
    public async Task<MailAttachment> ExportAsync(LedgerInvoice invoice, PlannedStep step, CancellationToken cancellationToken)
    {
        var customer = await parties.FindAsync(invoice.Company, invoice.CounterpartyId, cancellationToken);
        // The steps themselves; their deliveries to each connector are not steps.
        var taken = (await steps.ListAsync(invoice.Company, invoice.Id, cancellationToken)).Where(s => s.Connector is null).ToList();
        var fees = new List<LedgerInvoice>();
        foreach (var feeId in taken.Select(s => s.FeeInvoiceId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await store.FindAsync(invoice.Company, feeId, cancellationToken) is { } fee)
            {
                fees.Add(fee);
            }
        }

        var history = await ledger.HistoryAsync(invoice.Company, invoice.Id, cancellationToken);
        var letters = (await files.ListAsync(invoice.Company, invoice.Id, cancellationToken)).Where(f => f.FileName != FileName).ToList();
        var pdf = await documents.PdfAsync(invoice, cancellationToken);
        var file = new
        {
            exportedAt = time.GetUtcNow(),
            step = step.Key,
            invoice = new
            {
                invoice.Id, invoice.Number, invoice.IssueDate, invoice.DueDate, invoice.Amounts.Currency, invoice.Amounts.TaxExclusive, invoice.Amounts.Tax,
                invoice.Amounts.TaxInclusive, invoice.Paid, invoice.Credited, AmountDue = invoice.Balance, Status = invoice.Status.ToString(), DaysLate = step.DaysLate,
            },
            customer = customer is null ? null : new { customer.Id, customer.Name, customer.LegalId, customer.VatId, customer.CountryCode, customer.Email, customer.Address },
            fees = fees.Select(f => new { f.Id, f.Number, f.IssueDate, Amount = f.Amounts.TaxInclusive, AmountDue = f.Balance }),
            totalDue = invoice.Balance + fees.Sum(f => f.Balance),
            reminders = taken.Select(s => new
            {
                key = s.IdempotencyKey, s.StepKey, Kind = s.Kind.ToString(), Channel = s.Channel.ToString(), State = s.State.ToString(), At = s.CreatedAt, s.DaysLate, s.AmountDue,
                s.Receiver, s.MessageId, s.Detail, FeeDocument = fees.FirstOrDefault(f => f.Id == s.FeeInvoiceId)?.Number,
            }),
            history = history.Select(e => new { e.Sequence, Type = e.Type.ToString(), e.At, e.Actor, e.Detail }),
            documents = letters.Select(l => "letters/" + l.FileName).Prepend(pdf is null ? null : $"{InvoiceName(invoice)}").OfType<string>(),
        };

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "file.json", JsonSerializer.SerializeToUtf8Bytes(file, Json));
            if (pdf is not null)
            {
                Add(archive, InvoiceName(invoice), pdf);
            }

            foreach (var letter in letters)
            {
                Add(archive, "letters/" + letter.FileName, letter.Content.Span);
            }
        }

        var export = new MailAttachment(FileName, "application/zip", zip.ToArray());
        await files.PutAsync(invoice.Company, invoice.Id, export, cancellationToken);
        return export;
    }

    /// <summary>The stored file under its download name.</summary>
    /// <exception cref="InvoiceNotFoundException">No such invoice.</exception>
    /// <exception cref="ResourceNotFoundException">Not handed to collection (yet).</exception>
    public async Task<MailAttachment> GetAsync(Companies.CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await ledger.GetAsync(company, invoiceId, cancellationToken);
        var file = await files.GetAsync(company, invoiceId, FileName, cancellationToken) ?? throw new ResourceNotFoundException("Collection file of invoice", invoiceId);
        return file with { FileName = DownloadName(invoice) };
    }

    /// <summary>The download name: "recouvrement-F-2026-000001.zip".</summary>
    public static string DownloadName(LedgerInvoice invoice) => $"recouvrement-{DocumentRenderer.SafeName(invoice.Number ?? invoice.Id)}.zip";

    private static string InvoiceName(LedgerInvoice invoice) => $"facture-{DocumentRenderer.SafeName(invoice.Number ?? invoice.Id)}.pdf";

    private static void Add(ZipArchive archive, string name, ReadOnlySpan<byte> content)
    {
        using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
