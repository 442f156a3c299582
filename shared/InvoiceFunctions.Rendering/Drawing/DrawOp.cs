using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>One thing to draw on a page, placed by the layout (top-left origin, points).</summary>
internal abstract record DrawOp;
