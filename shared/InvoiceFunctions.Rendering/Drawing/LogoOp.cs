using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>The company logo (made once per logo, <see cref="LogoImages"/>) scaled into a rectangle.</summary>
internal sealed record LogoOp(LogoXObject Logo, SKRect Rect) : DrawOp;
