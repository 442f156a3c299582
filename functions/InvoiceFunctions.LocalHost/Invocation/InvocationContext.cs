namespace InvoiceFunctions.LocalHost.Invocation;

/// <summary>What one invocation carries: the trigger's value, its binding data (route values, path placeholders, message metadata).</summary>
public sealed record InvocationContext(
    object? TriggerValue,
    IReadOnlyDictionary<string, object?> BindingData,
    IServiceProvider Services,
    CancellationToken CancellationToken)
{
    public string InvocationId { get; } = Guid.NewGuid().ToString("N");
}
