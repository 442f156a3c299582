namespace InvoiceFunctions.App.Delivery;

/// <summary>The delivery attempts of an invoice, oldest first.</summary>
public sealed record DeliveryListView(IReadOnlyList<DeliveryView> Items);
