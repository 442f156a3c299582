namespace InvoiceFunctions.Core.Model;

/// <summary>A period: invoicing period (BG-14, BT-73/74) or invoice line period (BG-26, BT-134/135).</summary>
/// <param name="Start">Start date.</param>
/// <param name="End">End date.</param>
public sealed record Period(DateOnly? Start, DateOnly? End);
