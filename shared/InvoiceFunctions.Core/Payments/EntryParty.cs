namespace InvoiceFunctions.Core.Payments;

/// <summary>A debtor or creditor named on a bank transaction, with their account.</summary>
/// <param name="Name">The party's name as the bank reports it.</param>
/// <param name="Iban">The account's IBAN (normal form), when it is one.</param>
/// <param name="AccountId">Another account identifier when there is no IBAN.</param>
public sealed record EntryParty(string? Name, string? Iban, string? AccountId = null);
