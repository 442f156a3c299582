using System.Security.Cryptography;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.Application.Templates;

/// <summary>
/// Replaces, reads and removes a company's logo. The format is sniffed from the bytes and the image probed before
/// it is stored, so the issue pipeline never meets a logo it cannot draw.
/// </summary>
public sealed class CompanyLogoService(ICompanyLogoStore store)
{
    public Task<CompanyLogo?> GetAsync(CompanyId company, CancellationToken cancellationToken) => store.GetAsync(company, cancellationToken);

    public async Task<CompanyLogo> SaveAsync(CompanyId company, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (LogoImage.Problem(content.Span) is { } problem)
        {
            throw new LedgerValidationException([new FieldError("logo", problem)]);
        }

        var format = LogoImage.Sniff(content.Span)!.Value;
        var logo = new CompanyLogo(format, content, Convert.ToHexStringLower(SHA256.HashData(content.Span)));
        // Kept under its hash first, so the documents frozen with it find it even if the current logo changes again.
        await store.KeepAsync(company, logo, cancellationToken);
        await store.PutAsync(company, format, content, cancellationToken);
        return logo;
    }

    public async Task DeleteAsync(CompanyId company, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(company, cancellationToken))
        {
            throw new ResourceNotFoundException("Logo", company.Value);
        }
    }
}
