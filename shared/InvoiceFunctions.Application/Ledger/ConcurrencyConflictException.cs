namespace InvoiceFunctions.Application.Ledger;

/// <summary>An update lost its optimistic-concurrency race more times than it retries; nothing was overwritten.</summary>
public sealed class ConcurrencyConflictException(string what, int attempts)
    : Exception($"{what} kept changing under {attempts} attempts; nothing was written.")
{
    public string What { get; } = what;
}
