namespace InvoiceFunctions.Core.Payments;

/// <summary>A balance of the statement (camt <c>Bal</c>).</summary>
/// <param name="TypeCode">ISO code of the balance type: OPBD (opening booked), PRCD (previously closed), CLBD (closing booked), CLAV, OPAV, ITBD...; or the proprietary type.</param>
/// <param name="Amount">Signed amount: negative when the balance is a debit (DBIT).</param>
/// <param name="Currency">ISO 4217 currency of the amount.</param>
/// <param name="Date">The date the balance refers to.</param>
public sealed record StatementBalance(string TypeCode, decimal Amount, string Currency, DateOnly Date);
