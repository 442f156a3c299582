using InvoiceFunctions.Rendering.Text;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>A shaped run of text with its baseline at (<paramref name="X"/>, <paramref name="Baseline"/>).</summary>
internal sealed record TextOp(ShapedRun Run, float X, float Baseline) : DrawOp;
