namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>An invoice with an amount still to pay, as the matcher sees it.</summary>
public sealed record OpenInvoice
{
    /// <summary>The ledger's id of the invoice.</summary>
    public required string Id { get; init; }

    /// <summary>The invoice number (BT-1): the customer's own, or the supplier's for a purchase invoice.</summary>
    public required string Number { get; init; }

    /// <summary>The customer's (or supplier's) id in the ledger: overpayments become this party's credit.</summary>
    public required string PartyId { get; init; }

    /// <summary>The customer's (or supplier's) name (BT-44, BT-27).</summary>
    public required string PartyName { get; init; }

    /// <summary>The party's IBAN when known (from earlier payments, a mandate, or the supplier's BT-84).</summary>
    public string? PartyIban { get; init; }

    /// <summary>The ISO 11649 reference printed on the invoice (BT-83), when it has one.</summary>
    public string? CreditorReference { get; init; }

    /// <summary>The amount still to pay (BT-115 less payments already recorded).</summary>
    public required decimal AmountDue { get; init; }

    /// <summary>The invoice currency (BT-5).</summary>
    public required string Currency { get; init; }

    /// <summary>The issue date (BT-2).</summary>
    public required DateOnly IssueDate { get; init; }

    /// <summary>The due date (BT-9).</summary>
    public required DateOnly DueDate { get; init; }

    /// <summary>Sales (receivable) or purchase (payable).</summary>
    public OpenItemSide Side { get; init; } = OpenItemSide.Receivable;
}
