using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>A raster image (the company logo) scaled into a rectangle.</summary>
internal sealed record ImageOp(SKImage Image, SKRect Rect) : DrawOp;
