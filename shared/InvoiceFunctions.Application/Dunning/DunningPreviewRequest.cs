using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>An invoice's due date and balance, its disputes, and optionally a policy to try instead of the company's.</summary>
public sealed record DunningPreviewRequest(
    DateOnly DueDate,
    decimal AmountDue,
    string? CurrencyCode,
    bool BusinessCustomer = true,
    IReadOnlyList<DunningPause>? Disputes = null,
    DunningPolicy? Policy = null);
