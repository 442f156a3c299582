using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>A filled vector path (the QR code modules, merged into one path so the PDF stays small).</summary>
internal sealed record PathOp(SKPath Path, SKColor Color) : DrawOp;
