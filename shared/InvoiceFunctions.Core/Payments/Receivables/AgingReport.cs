namespace InvoiceFunctions.Core.Payments.Receivables;

/// <summary>Aged receivables (or payables) on a date: per party and currency, and per currency for the company.</summary>
/// <param name="AsOf">The date the ages are counted to.</param>
/// <param name="ByParty">One row per party and currency, ordered by party id then currency.</param>
/// <param name="Totals">One row per currency, ordered by currency.</param>
public sealed record AgingReport(DateOnly AsOf, IReadOnlyList<PartyAging> ByParty, IReadOnlyList<AgingAmounts> Totals);

/// <summary>A party's open amounts by bucket in one currency.</summary>
public sealed record PartyAging(string PartyId, AgingAmounts Amounts);
