using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Core.Payments.Matching;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Payment rows of table Ledger, in the company's partition beside its invoices: "pay|{id}" payments and
/// "alc|{paymentId}|{invoiceId}" allocations (one per payment and invoice: the key a retried allocation collides on).
/// Decimals as invariant strings, dates as "yyyy-MM-dd", proposals as JSON.
/// </summary>
public static class PaymentRows
{
    public const string PaymentPrefix = "pay|";

    public static string Payment(string id) => PaymentPrefix + id;

    public static string Allocation(string paymentId, string invoiceId) => $"alc|{paymentId}|{invoiceId}";

    public static string AllocationPrefix(string paymentId) => $"alc|{paymentId}|";

    public static TableEntity ToEntity(Payment p) => new(p.Company.Value, Payment(p.Id))
    {
        ["Direction"] = p.Direction.ToString(),
        ["Amount"] = Text(p.Amount),
        ["Currency"] = p.Currency,
        ["Date"] = LedgerRows.Date(p.Date),
        ["Method"] = p.Method.ToString(),
        ["Reference"] = p.Reference,
        ["PayerName"] = p.PayerName,
        ["PayerIban"] = p.PayerIban,
        ["PartyId"] = p.PartyId,
        ["Source"] = p.Source.ToString(),
        ["Allocated"] = Text(p.Allocated),
        ["Refunded"] = Text(p.Refunded),
        ["Fingerprint"] = p.Fingerprint,
        ["AutoAllocate"] = p.AutoAllocate,
        ["NeedsReview"] = p.NeedsReview,
        ["Proposals"] = JsonSerializer.Serialize(p.Proposals, StoredJson.Options),
        ["Actor"] = p.Actor,
        ["CreatedAt"] = p.CreatedAt,
        ["UpdatedAt"] = p.UpdatedAt,
    };

    public static Payment ToPayment(TableEntity e) => new(
        CompanyId.Parse(e.PartitionKey),
        e.RowKey[PaymentPrefix.Length..],
        Enum.Parse<InvoiceDirection>(e.GetString("Direction")),
        Number(e, "Amount"),
        e.GetString("Currency"),
        DateOnly.ParseExact(e.GetString("Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum.Parse<PaymentMethod>(e.GetString("Method")),
        e.GetString("Reference"),
        e.GetString("PayerName"),
        e.GetString("PayerIban"),
        e.GetString("PartyId"),
        Enum.Parse<PaymentSource>(e.GetString("Source")),
        Number(e, "Allocated"),
        Number(e, "Refunded"),
        e.GetString("Fingerprint"),
        e.GetBoolean("AutoAllocate") ?? false,
        e.GetBoolean("NeedsReview") ?? false,
        JsonSerializer.Deserialize<List<MatchProposal>>(e.GetString("Proposals") ?? "[]", StoredJson.Options) ?? [],
        e.GetString("Actor"),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        e.ETag.ToString());

    public static TableEntity ToEntity(CompanyId company, PaymentAllocation a) => new(company.Value, Allocation(a.PaymentId, a.InvoiceId))
    {
        ["Amount"] = Text(a.Amount),
        ["At"] = a.At,
        ["Actor"] = a.Actor,
    };

    public static PaymentAllocation ToAllocation(TableEntity e)
    {
        var parts = e.RowKey.Split('|');
        return new PaymentAllocation(parts[1], parts[2], Number(e, "Amount"), e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, e.GetString("Actor"));
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Number(TableEntity e, string name) => decimal.Parse(e.GetString(name) ?? "0", CultureInfo.InvariantCulture);
}
