namespace InvoiceFunctions.Application.Ledger;

/// <summary>One page of a listing; <see cref="Continuation"/> is null on the last page.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, string? Continuation);
