using System.Globalization;
using Azure.Data.Tables;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// The integrators' feed inside the company's ledger partition: "feed|{ticks:D19}|{event id}" rows read in order
/// (written in the same transaction as the ledger change they tell of), and "feedkey|{event id}" claims for events
/// published on their own (quotes), so publishing one again changes nothing.
/// </summary>
public static class FeedRows
{
    public const string Prefix = "feed|";

    public static string Key(string eventId) => "feedkey|" + eventId;

    public static TableEntity ToEntity(CompanyId company, OutboundEvent e) =>
        new(company.Value, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{e.At.UtcTicks:D19}|{e.Id}"))
        {
            ["Id"] = e.Id,
            ["Type"] = e.Type,
            ["At"] = e.At,
            ["InvoiceId"] = e.InvoiceId,
            ["Number"] = e.Number,
            ["Detail"] = e.Detail,
        };

    public static OutboundEvent ToEvent(TableEntity e) => new(
        e.GetString("Id"), e.GetString("Type"), e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, e.GetString("InvoiceId"), e.GetString("Number"), e.GetString("Detail"));

    /// <summary>The history row, and the feed row when integrators hear of this change (<see cref="OutboundEventTypes"/>), for the transaction that writes the change.</summary>
    public static IEnumerable<TableTransactionAction> EventActions(InvoiceChange change)
    {
        yield return new(TableTransactionActionType.Add, LedgerRows.ToEntity(change.Updated.Company, change.Updated.Id, change.Event));
        if (OutboundEventTypes.Of(change) is { } type)
        {
            var invoice = change.Updated;
            var outbound = new OutboundEvent($"{invoice.Id}.{change.Event.Sequence}", type, change.Event.At, invoice.Id, invoice.Number, change.Event.Detail);
            yield return new(TableTransactionActionType.Add, FeedRows.ToEntity(invoice.Company, outbound));
        }
    }
}
