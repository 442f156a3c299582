using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>A page of the due index: the subscriptions, and the index key of the last one (where the next page starts; null when empty).</summary>
public sealed record DuePage(IReadOnlyList<(CompanyId Company, string Id)> Items, string? Last);
