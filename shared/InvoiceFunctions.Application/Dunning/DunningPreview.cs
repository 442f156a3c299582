using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>The planned timeline of steps, dates and fees for an invoice under a policy.</summary>
public sealed record DunningPreview(string Policy, string CurrencyCode, IReadOnlyList<PlannedStep> Steps, decimal TotalFees);
