namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>Factur-X / ZUGFeRD 2 profiles of the CII syntax, in increasing order of content.</summary>
public enum CiiProfile
{
    /// <summary>MINIMUM: header data and totals only (not an EN 16931 invoice).</summary>
    Minimum,
    /// <summary>BASIC WL: header, allowances/charges and VAT breakdown, no lines (not an EN 16931 invoice).</summary>
    BasicWl,
    /// <summary>BASIC: EN 16931 compliant subset with simple lines.</summary>
    Basic,
    /// <summary>EN 16931 (COMFORT): the full semantic model. The default.</summary>
    En16931,
    /// <summary>EXTENDED: EN 16931 conformant extension (this writer emits the EN 16931 content under the EXTENDED id).</summary>
    Extended,
}
