using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>A quote to draft: the same content as an invoice draft, its validity (default 30 days) and conditions.</summary>
public sealed record NewQuote(InvoiceDraft? Content, DateOnly? ValidUntil = null, string? Conditions = null);
