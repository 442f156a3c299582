using System.Security.Cryptography;
using System.Text.Json;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>
/// The webhook body (JSON, camelCase), Standard Webhooks' shape: <c>{"type":"invoice.issued","timestamp":...,"data":{...}}</c>,
/// the data being the invoice's facts, its documents (base64, with their SHA-256) and the path of the receiver's
/// acknowledgement link (POST it to confirm: the attempt becomes Acknowledged).
/// </summary>
public static class InvoiceEvent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Serialize(LedgerInvoice invoice, DeliveryReason reason, DateTimeOffset timestamp, IReadOnlyList<ExportFile> files, string acknowledgePath) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                type = reason == DeliveryReason.Resend ? "invoice.resent" : "invoice.issued",
                timestamp,
                data = new
                {
                    company = invoice.Company.Value,
                    invoiceId = invoice.Id,
                    number = invoice.Number,
                    kind = invoice.Kind.ToString(),
                    customerId = invoice.CounterpartyId,
                    issueDate = invoice.IssueDate,
                    dueDate = invoice.DueDate,
                    currency = invoice.Amounts.Currency,
                    taxExclusive = invoice.Amounts.TaxExclusive,
                    tax = invoice.Amounts.Tax,
                    taxInclusive = invoice.Amounts.TaxInclusive,
                    amountDue = invoice.Amounts.Due,
                    acknowledgePath,
                    documents = files.Select(f => new
                    {
                        format = f.Format.ToString(),
                        fileName = f.Name,
                        contentType = f.ContentType,
                        sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Content)),
                        content = Convert.ToBase64String(f.Content),
                    }),
                },
            },
            Json);
}
