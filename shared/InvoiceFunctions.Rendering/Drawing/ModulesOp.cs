using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>Rectangles filled as one shape (the QR code's runs of modules): their union, so touching modules show no seam.</summary>
internal sealed record ModulesOp(IReadOnlyList<SKRect> Rects, SKColor Color) : DrawOp;
