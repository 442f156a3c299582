using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>A line billed every period: BT-153 item name, BT-129 quantity, BT-146 net price (changing from dates), BT-152 VAT rate.</summary>
public sealed record SubscriptionLine(string Description, decimal Quantity, decimal UnitPrice, decimal VatRatePercent, IReadOnlyList<PriceChange>? PriceChanges = null);
