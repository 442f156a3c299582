using InvoiceFunctions.Application.Payments;

namespace InvoiceFunctions.App.Payments;

/// <summary>Bodies of the payment commands.</summary>
public static class PaymentRequests
{
    public sealed record Allocate(IReadOnlyList<AllocationRequest>? Allocations);

    public sealed record Refund(decimal Amount);
}
