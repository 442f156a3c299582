namespace InvoiceFunctions.Rendering.Postal;

/// <summary>
/// Where the recipient's address goes on an A4 sheet for a French window envelope with the window on the right
/// (DL 110 x 220 mm with the sheet folded in three, or C5 162 x 229 mm folded in half; window 100 x 45 mm, 20 mm
/// from the right edge and 50 mm from the top). The block is kept 5 mm inside the window on every side so the
/// address stays visible when the sheet slides a little in the envelope (La Poste's "zone adresse").
/// </summary>
public static class EnvelopeWindow
{
    public const float PointsPerMillimetre = 72f / 25.4f;

    /// <summary>Left edge of the address block, from the sheet's left edge.</summary>
    public const float LeftMm = 110f;

    /// <summary>Top of the address block, from the sheet's top edge.</summary>
    public const float TopMm = 55f;

    public const float WidthMm = 85f;

    public const float HeightMm = 35f;

    /// <summary>The fold lines from the top: 99 and 198 mm for a DL envelope (the window faces the top third).</summary>
    public static IReadOnlyList<float> FoldsMm { get; } = [99f, 198f];

    /// <summary>At most six lines of at most 38 characters (AFNOR NF Z10-011, the French postal address standard).</summary>
    public const int MaxLines = 6;
}
