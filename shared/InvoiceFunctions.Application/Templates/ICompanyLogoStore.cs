using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.Application.Templates;

/// <summary>Per-company template assets: the current logo (one whatever its format) and every logo a document was frozen with.</summary>
public interface ICompanyLogoStore
{
    Task<CompanyLogo?> GetAsync(CompanyId company, CancellationToken cancellationToken);

    /// <summary>Stores the logo and removes one of another format, so exactly one remains.</summary>
    Task PutAsync(CompanyId company, LogoFormat format, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps these bytes under their SHA-256 ("{company}/logos/{sha256}"), write-once: a document frozen with this hash
    /// draws these bytes whatever the company's logo becomes (replaced or removed). Keeping the same bytes again is a no-op.
    /// </summary>
    Task KeepAsync(CompanyId company, CompanyLogo logo, CancellationToken cancellationToken);

    /// <summary>A logo kept by <see cref="KeepAsync"/>; null when none has that hash.</summary>
    Task<CompanyLogo?> GetKeptAsync(CompanyId company, string sha256, CancellationToken cancellationToken);

    /// <summary>Removes the logo; false when there was none.</summary>
    Task<bool> DeleteAsync(CompanyId company, CancellationToken cancellationToken);
}
