namespace InvoiceFunctions.Application.Delivery;

/// <summary>The body of POST .../invoices/{id}/deliveries/correction: the customer's corrected e-mail address.</summary>
public sealed record AddressCorrection(string? Email);
