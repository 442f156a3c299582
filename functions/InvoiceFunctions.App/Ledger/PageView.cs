using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.App.Ledger;

/// <summary>A page of a listing: pass <see cref="Continuation"/> back as ?continuation= for the next one (null on the last).</summary>
public sealed record PageView<T>(IReadOnlyList<T> Items, string? Continuation)
{
    public static PageView<T> From<TSource>(ResultPage<TSource> page, Func<TSource, T> map) => new(page.Items.Select(map).ToList(), page.Continuation);
}
