using InvoiceFunctions.Core.Payments;

namespace InvoiceFunctions.Application.Payments;

/// <summary>A bank statement was refused and kept in quarantine, untouched, with why.</summary>
public sealed class StatementQuarantinedException(string quarantineId, StatementError? error, string reason)
    : Exception($"The statement was refused ({error?.ToString() ?? "Refused"}): {reason} It is kept as quarantine '{quarantineId}'.")
{
    public string QuarantineId { get; } = quarantineId;

    public StatementError? Error { get; } = error;

    public string Reason { get; } = reason;
}
