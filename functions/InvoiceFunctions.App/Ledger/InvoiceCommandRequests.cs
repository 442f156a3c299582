using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.App.Ledger;

/// <summary>Bodies of the invoice commands.</summary>
public static class InvoiceCommandRequests
{
    /// <summary>POST .../issue: the numbering series (default: the profile's invoice or credit note series; "F" for a record).</summary>
    public sealed record Issue(string? Series = null);

    /// <summary>POST .../lifecycle: a French lifecycle status code, 200-213.</summary>
    public sealed record Lifecycle(int Code);

    /// <summary>POST .../payments: an amount in the invoice currency.</summary>
    public sealed record Payment(decimal Amount);

    /// <summary>POST .../events: an event reported by another stage, with an optional note.</summary>
    public sealed record Event(InvoiceEventType Type, string? Detail = null);

    /// <summary>POST .../settings/ledger.</summary>
    public sealed record Settings(DuplicatePolicy DuplicatePolicy, bool DeliverImportedSales = false);
}
