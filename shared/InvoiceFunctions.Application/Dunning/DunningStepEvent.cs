using System.Security.Cryptography;
using System.Text.Json;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// A dunning step for the company's own system (webhook body, camelCase, the Standard Webhooks shape of the delivery's
/// invoice events): <c>{"type":"dunning.step","timestamp":...,"data":{...}}</c> with the invoice, the step, what is due with the
/// fees, the reminder letter (base64, with its SHA-256) when the step has one, and on the collection step the collection file
/// (<see cref="DunningCollection"/>, a zip). The webhook-id is the step's idempotency key.
/// </summary>
public static class DunningStepEvent
{
    public const string Type = "dunning.step";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Serialize(DunningStepRecord claim, LedgerInvoice invoice, PlannedStep step, string? feeDocument, MailAttachment? letter, MailAttachment? collection, DateTimeOffset timestamp) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                type = Type,
                timestamp,
                data = new
                {
                    idempotencyKey = claim.IdempotencyKey,
                    company = invoice.Company.Value,
                    invoiceId = invoice.Id,
                    number = invoice.Number,
                    customerId = invoice.CounterpartyId,
                    issueDate = invoice.IssueDate,
                    dueDate = invoice.DueDate,
                    currency = invoice.Amounts.Currency,
                    taxInclusive = invoice.Amounts.TaxInclusive,
                    amountDue = invoice.Balance,
                    step = step.Key,
                    kind = step.Kind.ToString(),
                    date = step.Date,
                    daysLate = step.DaysLate,
                    interest = step.Interest,
                    recoveryIndemnity = step.RecoveryIndemnity,
                    feeDocument,
                    totalDue = invoice.Balance + step.Fees,
                    letter = File(letter),
                    collection = File(collection),
                },
            },
            Json);

    private static object? File(MailAttachment? file) => file is null ? null : new
    {
        fileName = file.FileName,
        contentType = file.ContentType,
        sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content.Span)),
        content = Convert.ToBase64String(file.Content.Span),
    };

    /// <summary>The step's line in the company's event feed (its id the idempotency key, so a retry publishes it once).</summary>
    public static string Detail(PlannedStep step, LedgerInvoice invoice) =>
        FormattableString.Invariant($"{step.Key} {step.Kind} J{step.DaysLate:+0;-0;0} {invoice.Balance:0.00} {invoice.Amounts.Currency}{(step.Fees > 0m ? $" + fees {step.Fees:0.00}" : "")}");
}
