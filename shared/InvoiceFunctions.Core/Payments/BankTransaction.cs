namespace InvoiceFunctions.Core.Payments;

/// <summary>
/// The details of one transaction inside an entry (camt <c>NtryDtls/TxDtls</c>). A single payment has one; a batch
/// booking (one entry for several payments) has one per payment, each with its own amount.
/// </summary>
public sealed record BankTransaction
{
    /// <summary>The transaction's own amount, when the bank gives one (batch bookings).</summary>
    public decimal? Amount { get; init; }

    /// <summary>Currency of <see cref="Amount"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>The payer's end-to-end identification (<c>Refs/EndToEndId</c>); "NOTPROVIDED" is dropped.</summary>
    public string? EndToEndId { get; init; }

    /// <summary>The bank's reference of the transaction (<c>Refs/AcctSvcrRef</c>).</summary>
    public string? AccountServicerReference { get; init; }

    /// <summary>Unstructured remittance information (<c>RmtInf/Ustrd</c>, several joined by a space).</summary>
    public string? RemittanceText { get; init; }

    /// <summary>The structured creditor reference (<c>RmtInf/Strd/CdtrRefInf/Ref</c>), as sent: an ISO 11649 RF reference or a national one.</summary>
    public string? StructuredReference { get; init; }

    /// <summary>The type of <see cref="StructuredReference"/> (<c>SCOR</c> for ISO 11649) or its issuer's proprietary type.</summary>
    public string? StructuredReferenceType { get; init; }

    /// <summary>Numbers of the documents the payer says it pays (<c>RmtInf/Strd/RfrdDocInf/Nb</c>): often invoice numbers.</summary>
    public IReadOnlyList<string> ReferredDocumentNumbers { get; init; } = [];

    /// <summary>The debtor (payer) and its account.</summary>
    public EntryParty? Debtor { get; init; }

    /// <summary>The creditor (payee) and its account.</summary>
    public EntryParty? Creditor { get; init; }

    /// <summary>The ultimate debtor's name, when someone paid on behalf of another.</summary>
    public string? UltimateDebtorName { get; init; }

    /// <summary>The ultimate creditor's name.</summary>
    public string? UltimateCreditorName { get; init; }

    /// <summary>Free text the bank adds to the transaction (<c>AddtlTxInf</c>).</summary>
    public string? AdditionalInfo { get; init; }
}
