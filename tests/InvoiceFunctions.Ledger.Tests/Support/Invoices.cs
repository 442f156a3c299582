using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Ledger.Tests.Support;

/// <summary>Test invoices with named arguments.</summary>
public static class Invoices
{
    public static NewLedgerInvoice Sales(decimal net = 100m, string customer = "c1", DateOnly? due = null) =>
        new(InvoiceDirection.Sales, customer, "EUR", net, net * 0.2m, net * 1.2m, DueDate: due);

    public static NewLedgerInvoice Purchase(string number, decimal net = 100m, DateOnly? issued = null, string supplier = "s1") =>
        new(InvoiceDirection.Purchase, supplier, "EUR", net, net * 0.2m, net * 1.2m, Number: number, IssueDate: issued ?? new DateOnly(2026, 3, 1), Source: SourceChannel.Email);
}
