namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>The rule behind a proposal, strongest first.</summary>
public enum MatchRule
{
    /// <summary>The payment carries the invoice's ISO 11649 reference.</summary>
    CreditorReference,

    /// <summary>The remittance text names the invoice number(s).</summary>
    InvoiceNumber,

    /// <summary>The payer is the invoice's party (IBAN or name) and the amount fits one invoice or a sum of several.</summary>
    PartyAndAmount,

    /// <summary>The payer is known but the amount fits no invoice or sum: oldest invoices first, the rest as credit.</summary>
    PartyOnly,

    /// <summary>Only the amount fits, for an invoice of another or unknown payer.</summary>
    AmountOnly,
}
