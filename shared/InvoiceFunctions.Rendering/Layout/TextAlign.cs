namespace InvoiceFunctions.Rendering.Layout;

/// <summary>Horizontal alignment of a line of text relative to its x.</summary>
internal enum TextAlign
{
    Left,
    Right,
    Center,
}
