namespace InvoiceFunctions.Rendering.Templates;

/// <summary>The logo formats a company template accepts, told from the bytes (never from a name or a content type).</summary>
public enum LogoFormat
{
    /// <summary>PNG (signature 89 50 4E 47 0D 0A 1A 0A).</summary>
    Png,

    /// <summary>JPEG (SOI marker FF D8 FF).</summary>
    Jpeg,

    /// <summary>SVG: XML text whose root element is svg.</summary>
    Svg,
}
