namespace InvoiceFunctions.Core.Payments.Receivables;

/// <summary>Something a party still owes (or is owed): an invoice's open balance, or an unapplied credit as a negative amount.</summary>
/// <param name="Id">The invoice or credit id.</param>
/// <param name="PartyId">The customer (or supplier).</param>
/// <param name="Currency">ISO 4217 currency.</param>
/// <param name="Outstanding">What is still open: positive for an invoice, negative for a credit.</param>
/// <param name="DueDate">The due date (BT-9); for a credit, the day it arose.</param>
public sealed record OpenItem(string Id, string PartyId, string Currency, decimal Outstanding, DateOnly DueDate);
