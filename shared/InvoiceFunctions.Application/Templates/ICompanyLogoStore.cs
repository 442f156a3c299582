using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.Application.Templates;

/// <summary>Per-company template assets (the logo), one per company whatever its format.</summary>
public interface ICompanyLogoStore
{
    Task<CompanyLogo?> GetAsync(CompanyId company, CancellationToken cancellationToken);

    /// <summary>Stores the logo and removes one of another format, so exactly one remains.</summary>
    Task PutAsync(CompanyId company, LogoFormat format, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Removes the logo; false when there was none.</summary>
    Task<bool> DeleteAsync(CompanyId company, CancellationToken cancellationToken);
}
