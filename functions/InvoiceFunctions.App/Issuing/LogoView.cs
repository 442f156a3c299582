using InvoiceFunctions.Application.Templates;
using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.App.Issuing;

/// <summary>What a stored logo is: its sniffed format, media type, size and SHA-256 (the GET's ETag).</summary>
public sealed record LogoView(LogoFormat Format, string ContentType, int Bytes, string Sha256)
{
    public static LogoView From(CompanyLogo logo) => new(logo.Format, logo.ContentType, logo.Content.Length, logo.Sha256);
}
