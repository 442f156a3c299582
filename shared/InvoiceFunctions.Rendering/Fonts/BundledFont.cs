namespace InvoiceFunctions.Rendering.Fonts;

/// <summary>The font families shipped with the renderer (SIL OFL 1.1, see Assets/Fonts/LICENSE-Liberation.txt).</summary>
public enum BundledFont
{
    /// <summary>Liberation Sans 2 (metric-compatible with Arial), the default.</summary>
    LiberationSans,

    /// <summary>Liberation Serif 2 (metric-compatible with Times New Roman).</summary>
    LiberationSerif,
}
