using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>A recorded vector drawing (an SVG logo) scaled into a rectangle; it stays vectors in the PDF.</summary>
internal sealed record PictureOp(SKPicture Picture, SKRect Rect) : DrawOp;
