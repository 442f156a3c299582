namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>The draw operations of one page, in painting order.</summary>
internal sealed class LaidOutPage
{
    public List<DrawOp> Ops { get; } = [];
}
