namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>How the payer was recognised as the invoice's party.</summary>
[Flags]
public enum PartyEvidence
{
    /// <summary>Not recognised.</summary>
    None = 0,

    /// <summary>The payer's name is close enough to the party's (<see cref="PartyNames.Similarity"/>).</summary>
    Name = 1,

    /// <summary>The payer's IBAN is the party's.</summary>
    Iban = 2,
}
