namespace InvoiceFunctions.Application.Contacts;

/// <summary>Whether a contact buys from the company (buyer, BG-7) or sells to it (seller of a purchase invoice, BG-4).</summary>
public enum PartyRole
{
    Customer,
    Supplier,
}
