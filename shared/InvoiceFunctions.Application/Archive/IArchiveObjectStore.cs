using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Archive;

/// <summary>Write-once, content-addressed archive objects per company. There is no overwrite and no delete.</summary>
public interface IArchiveObjectStore
{
    /// <summary>Stores the bytes under their SHA-256 unless an object is already there (same address, same bytes).</summary>
    /// <returns>True when written now, false when it already existed.</returns>
    Task<bool> PutIfAbsentAsync(CompanyId company, string sha256, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken);

    /// <summary>The stored bytes (not checked against the address: the verifier does that), or null when absent.</summary>
    Task<byte[]?> GetAsync(CompanyId company, string sha256, CancellationToken cancellationToken);
}
