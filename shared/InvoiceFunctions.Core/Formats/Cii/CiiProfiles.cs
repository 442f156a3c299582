namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>Guideline identifiers (BT-24) of the CII profiles.</summary>
public static class CiiProfiles
{
    /// <summary>The specification identifier written in BT-24 for a profile.</summary>
    public static string GuidelineId(this CiiProfile profile) => profile switch
    {
        CiiProfile.Minimum => "urn:factur-x.eu:1p0:minimum",
        CiiProfile.BasicWl => "urn:factur-x.eu:1p0:basicwl",
        CiiProfile.Basic => "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
        CiiProfile.Extended => "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
        _ => "urn:cen.eu:en16931:2017",
    };

    /// <summary>The profile a guideline identifier names; EN 16931 for the plain id and for CIUS ids (XRechnung...).</summary>
    public static CiiProfile FromGuidelineId(string? id)
    {
        var s = id ?? string.Empty;
        if (s.Contains("minimum", StringComparison.OrdinalIgnoreCase))
        {
            return CiiProfile.Minimum;
        }

        if (s.Contains("basicwl", StringComparison.OrdinalIgnoreCase))
        {
            return CiiProfile.BasicWl;
        }

        if (s.Contains("extended", StringComparison.OrdinalIgnoreCase))
        {
            return CiiProfile.Extended;
        }

        return s.Contains(":basic", StringComparison.OrdinalIgnoreCase) ? CiiProfile.Basic : CiiProfile.En16931;
    }
}
