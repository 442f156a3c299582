using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.Application.Templates;

/// <summary>A company's logo as stored in the templates container ("{company}/logo.png|jpg|svg").</summary>
/// <param name="Sha256">Hex SHA-256 of the bytes, so a caller can tell which version an invoice was drawn with.</param>
public sealed record CompanyLogo(LogoFormat Format, ReadOnlyMemory<byte> Content, string Sha256)
{
    public string ContentType => LogoImage.ContentType(Format);

    public string FileName => "logo." + LogoImage.Extension(Format);
}
