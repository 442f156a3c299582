namespace InvoiceFunctions.Core.Model;

/// <summary>Credit transfer (BG-17).</summary>
/// <param name="AccountId">Payment account identifier (BT-84): IBAN for SEPA.</param>
/// <param name="AccountName">Payment account name (BT-85).</param>
/// <param name="ServiceProviderId">Payment service provider identifier (BT-86): BIC.</param>
public sealed record CreditTransfer(string AccountId, string? AccountName = null, string? ServiceProviderId = null);
