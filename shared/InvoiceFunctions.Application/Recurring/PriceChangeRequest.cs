namespace InvoiceFunctions.Application.Recurring;

/// <summary>A new unit price (BT-146) for line <paramref name="Line"/> (0-based) from <paramref name="EffectiveFrom"/>; a change on the same date is replaced.</summary>
public sealed record PriceChangeRequest(int Line, DateOnly EffectiveFrom, decimal UnitPrice);
