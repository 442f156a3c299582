namespace InvoiceFunctions.Application.Payments;

/// <summary>Why input was refused: <paramref name="Code"/> is machine-readable (a <see cref="Core.Payments.StatementError"/> name or UnknownCompany).</summary>
public sealed record QuarantineReason(string Code, string Message, string? Location, IReadOnlyList<string> Details, DateTimeOffset At);
