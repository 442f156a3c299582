using InvoiceFunctions.Core.Formats.Cii;

namespace InvoiceFunctions.Rendering.FacturX;

/// <summary>Factur-X names of the CII profiles (XMP fx:ConformanceLevel) and the relationship of the embedded XML to the PDF.</summary>
public static class FacturXLevel
{
    /// <summary>The fx:ConformanceLevel value: MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED.</summary>
    public static string ConformanceLevel(CiiProfile profile) => profile switch
    {
        CiiProfile.Minimum => "MINIMUM",
        CiiProfile.BasicWl => "BASIC WL",
        CiiProfile.Basic => "BASIC",
        CiiProfile.Extended => "EXTENDED",
        _ => "EN 16931",
    };

    /// <summary>/AFRelationship: Data for MINIMUM and BASIC WL (not full invoices), Alternative for the others.</summary>
    public static string Relationship(CiiProfile profile) => profile is CiiProfile.Minimum or CiiProfile.BasicWl ? "Data" : "Alternative";
}
