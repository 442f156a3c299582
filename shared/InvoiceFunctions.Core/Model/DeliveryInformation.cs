namespace InvoiceFunctions.Core.Model;

/// <summary>Delivery information (BG-13).</summary>
public sealed record DeliveryInformation
{
    /// <summary>Deliver to party name (BT-70).</summary>
    public string? PartyName { get; init; }

    /// <summary>Deliver to location identifier (BT-71).</summary>
    public Identifier? LocationId { get; init; }

    /// <summary>Actual delivery date (BT-72).</summary>
    public DateOnly? ActualDeliveryDate { get; init; }

    /// <summary>Deliver to address (BG-15). Required by the French profile when it differs from the buyer's.</summary>
    public PostalAddress? Address { get; init; }
}
