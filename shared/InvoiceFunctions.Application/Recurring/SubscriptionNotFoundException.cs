namespace InvoiceFunctions.Application.Recurring;

/// <summary>The company has no subscription with this id.</summary>
public sealed class SubscriptionNotFoundException(string id) : Exception($"Subscription '{id}' was not found.")
{
    public string SubscriptionId { get; } = id;
}
