using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Rows of table Ledger (partition = company): "inv|{id}" invoices, "evt|{id}|{sequence:000000}" their history,
/// "num|{series}|{year}" numbering counters, "fp|{sha256}" duplicate fingerprints, "settings". Decimals are kept
/// as invariant strings (Table Storage has no decimal type); dates as "yyyy-MM-dd" so ranges compare as text.
/// </summary>
public static class LedgerRows
{
    public const string InvoicePrefix = "inv|";
    public const string Settings = "settings";

    public static string Invoice(string id) => InvoicePrefix + id;

    public static string Event(string id, int sequence) => string.Create(CultureInfo.InvariantCulture, $"evt|{id}|{sequence:000000}");

    public static string EventPrefix(string id) => $"evt|{id}|";

    public static string Counter(string series, int year) => string.Create(CultureInfo.InvariantCulture, $"num|{series}|{year}");

    public static string Fingerprint(string sha256) => "fp|" + sha256;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(LedgerInvoice i) => new(i.Company.Value, Invoice(i.Id))
    {
        ["Direction"] = i.Direction.ToString(),
        ["Number"] = i.Number,
        ["Series"] = i.Series,
        ["Status"] = i.Status.ToString(),
        ["Lifecycle"] = i.Lifecycle is { } code ? (int)code : null,
        ["CounterpartyId"] = i.CounterpartyId,
        ["SellerId"] = i.SellerId,
        ["IssueDate"] = i.IssueDate is { } issue ? Date(issue) : null,
        ["DueDate"] = i.DueDate is { } due ? Date(due) : null,
        ["Currency"] = i.Amounts.Currency,
        ["TaxExclusive"] = Text(i.Amounts.TaxExclusive),
        ["Tax"] = Text(i.Amounts.Tax),
        ["TaxInclusive"] = Text(i.Amounts.TaxInclusive),
        ["Due"] = Text(i.Amounts.Due),
        ["Paid"] = Text(i.Paid),
        ["Source"] = i.Source.ToString(),
        ["Archive"] = JsonSerializer.Serialize(i.Archive),
        ["DuplicateOf"] = i.DuplicateOf,
        ["EventCount"] = i.EventCount,
        ["CreatedAt"] = i.CreatedAt,
        ["UpdatedAt"] = i.UpdatedAt,
        ["Stage"] = i.Stage.ToString(),
        ["Document"] = i.Document,
        ["Kind"] = i.Kind.ToString(),
        ["CorrectedInvoiceId"] = i.CorrectedInvoiceId,
        ["Credited"] = Text(i.Credited),
        ["CreditNotes"] = i.CreditNotes is { Count: > 0 } notes ? JsonSerializer.Serialize(notes) : null,
    };

    /// <summary>The invoice's row read and mapped; null when there is none.</summary>
    public static async Task<LedgerInvoice?> FindInvoiceAsync(TableClient table, CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, Invoice(invoiceId), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? ToInvoice(entity) : null;
    }

    public static LedgerInvoice ToInvoice(TableEntity e) => new(
        CompanyId.Parse(e.PartitionKey),
        e.RowKey[InvoicePrefix.Length..],
        Enum.Parse<InvoiceDirection>(e.GetString("Direction")),
        e.GetString("Number"),
        e.GetString("Series"),
        Enum.Parse<InvoiceStatus>(e.GetString("Status")),
        e.GetInt32("Lifecycle") is { } code ? (LifecycleStatus)code : null,
        e.GetString("CounterpartyId"),
        e.GetString("SellerId"),
        ParseDate(e.GetString("IssueDate")),
        ParseDate(e.GetString("DueDate")),
        new InvoiceAmounts(e.GetString("Currency"), Number(e, "TaxExclusive"), Number(e, "Tax"), Number(e, "TaxInclusive"), Number(e, "Due")),
        Number(e, "Paid"),
        Enum.Parse<SourceChannel>(e.GetString("Source")),
        JsonSerializer.Deserialize<List<ArchiveReference>>(e.GetString("Archive") ?? "[]") ?? [],
        e.GetString("DuplicateOf"),
        e.GetInt32("EventCount") ?? 0,
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        e.ETag.ToString(),
        Enum.TryParse<IssueProgress>(e.GetString("Stage"), out var stage) ? stage : IssueProgress.None,
        e.GetString("Document"),
        Enum.TryParse<InvoiceKind>(e.GetString("Kind"), out var kind) ? kind : InvoiceKind.Invoice,
        e.GetString("CorrectedInvoiceId"),
        Number(e, "Credited"),
        e.GetString("CreditNotes") is { } notes ? JsonSerializer.Deserialize<List<string>>(notes) : null);

    public static TableEntity ToEntity(CompanyId company, string invoiceId, InvoiceEvent v) => new(company.Value, Event(invoiceId, v.Sequence))
    {
        ["Type"] = v.Type.ToString(),
        ["At"] = v.At,
        ["StatusAfter"] = v.StatusAfter.ToString(),
        ["Actor"] = v.Actor,
        ["Detail"] = v.Detail,
    };

    public static InvoiceEvent ToEvent(TableEntity e) => new(
        int.Parse(e.RowKey[(e.RowKey.LastIndexOf('|') + 1)..], CultureInfo.InvariantCulture),
        Enum.Parse<InvoiceEventType>(e.GetString("Type")),
        e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        Enum.Parse<InvoiceStatus>(e.GetString("StatusAfter")),
        e.GetString("Actor"),
        e.GetString("Detail"));

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Number(TableEntity e, string name) => decimal.Parse(e.GetString(name) ?? "0", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
