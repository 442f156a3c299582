namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>Facts about a proposal a reviewer should see.</summary>
[Flags]
public enum MatchNotes
{
    /// <summary>Nothing to note.</summary>
    None = 0,

    /// <summary>The payment leaves part of an invoice open.</summary>
    PartialPayment = 1,

    /// <summary>The payment is more than what it pays: the rest is the party's credit (<see cref="MatchProposal.Excess"/>).</summary>
    Overpayment = 2,

    /// <summary>The payment covers several invoices.</summary>
    SeveralInvoices = 4,

    /// <summary>Other invoices fit as well (see the suggestions).</summary>
    Ambiguous = 8,

    /// <summary>The referenced invoice is already paid (a second payment?).</summary>
    AlreadySettled = 16,

    /// <summary>The referenced invoice is in another currency.</summary>
    CurrencyMismatch = 32,

    /// <summary>The entry reverses an earlier one: a returned payment, never allocated automatically.</summary>
    Reversal = 64,
}
