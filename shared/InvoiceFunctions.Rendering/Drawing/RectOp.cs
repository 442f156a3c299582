using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>A filled rectangle (backgrounds, rules).</summary>
internal sealed record RectOp(SKRect Rect, SKColor Color) : DrawOp;
