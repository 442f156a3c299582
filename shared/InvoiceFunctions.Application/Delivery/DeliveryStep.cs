namespace InvoiceFunctions.Application.Delivery;

/// <summary>The planner's decision: the kind, the attempt it concerns (existing, or the number of a new one).</summary>
public sealed record DeliveryStep(DeliveryStepKind Kind, int Attempt, DeliveryRecord? Record = null);
