using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Payments;

/// <summary>Keeps refused input, byte for byte, with a machine-readable reason (container "quarantine").</summary>
public interface IQuarantineStore
{
    /// <returns>The quarantine id.</returns>
    Task<string> PutAsync(string company, string kind, string name, ReadOnlyMemory<byte> content, QuarantineReason reason, CancellationToken cancellationToken);
}
