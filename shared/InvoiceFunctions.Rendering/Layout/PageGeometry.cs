namespace InvoiceFunctions.Rendering.Layout;

/// <summary>A4 portrait in points, with the margins of the layout.</summary>
internal static class PageGeometry
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    public const float Left = 42f;
    public const float Right = Width - 42f;
    public const float Top = 40f;

    /// <summary>The lowest y the content may reach; below it the footer.</summary>
    public const float ContentBottom = Height - 58f;
    public const float ContentWidth = Right - Left;
}
