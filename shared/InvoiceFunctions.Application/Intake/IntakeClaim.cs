namespace InvoiceFunctions.Application.Intake;

/// <summary>The claim an input's source key holds: the invoice id reserved for it and, once handled, the result.</summary>
public sealed record IntakeClaim(string ReservedId, IntakeResult? Result, string? Version);
