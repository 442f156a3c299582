using System.Text.Json;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Partners;

/// <summary>
/// The events a partner posts, as <c>{"type": ..., "data": {...}}</c>: <c>invoice.submitted</c> (a file for intake, base64),
/// <c>payment.received</c> (a payment, as the payments API takes it), <c>invoice.status</c> (a platform's lifecycle status
/// 200-213 for one of the company's invoices, named by id or by number).
/// </summary>
public static class PartnerEvents
{
    public const string InvoiceSubmitted = "invoice.submitted";
    public const string PaymentReceived = "payment.received";
    public const string InvoiceStatus = "invoice.status";

    public sealed record Envelope(string? Type, JsonElement Data);

    /// <param name="Content">The file (Factur-X PDF, CII or UBL XML), base64.</param>
    public sealed record Submitted(string? FileName, string? Content);

    /// <param name="Direction">Which side's invoice the number names (default sales: a receiving platform reports on what the company sent).</param>
    public sealed record StatusReport(string? InvoiceId, string? Number, int? Code, InvoiceDirection Direction = InvoiceDirection.Sales);
}
