namespace InvoiceFunctions.Core.Model;

/// <summary>A contact (BG-6 seller contact, BG-9 buyer contact).</summary>
/// <param name="Name">Contact point (BT-41, BT-56).</param>
/// <param name="Phone">Telephone number (BT-42, BT-57).</param>
/// <param name="Email">E-mail address (BT-43, BT-58).</param>
public sealed record Contact(string? Name = null, string? Phone = null, string? Email = null);
