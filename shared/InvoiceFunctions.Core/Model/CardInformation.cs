namespace InvoiceFunctions.Core.Model;

/// <summary>Payment card information (BG-18).</summary>
/// <param name="PrimaryAccountNumber">Primary account number, last digits only (BT-87).</param>
/// <param name="HolderName">Payment card holder name (BT-88).</param>
public sealed record CardInformation(string PrimaryAccountNumber, string? HolderName = null);
