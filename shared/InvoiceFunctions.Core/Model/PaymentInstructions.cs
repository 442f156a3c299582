namespace InvoiceFunctions.Core.Model;

/// <summary>Payment instructions (BG-16).</summary>
public sealed record PaymentInstructions
{
    /// <summary>Payment means type code (BT-81).</summary>
    public required PaymentMeansCode MeansCode { get; init; }

    /// <summary>Payment means text (BT-82).</summary>
    public string? MeansText { get; init; }

    /// <summary>Remittance information (BT-83): e.g. a structured ISO 11649 "RF" creditor reference.</summary>
    public string? RemittanceInformation { get; init; }

    /// <summary>Credit transfers (BG-17).</summary>
    public IReadOnlyList<CreditTransfer> CreditTransfers { get; init; } = [];

    /// <summary>Payment card (BG-18).</summary>
    public CardInformation? Card { get; init; }

    /// <summary>Direct debit (BG-19).</summary>
    public DirectDebit? DirectDebit { get; init; }
}
