using System.Xml.Linq;

namespace InvoiceFunctions.Core.Formats.Ubl;

/// <summary>Namespaces and identifiers of UBL 2.1 and Peppol BIS Billing 3.0.</summary>
public static class UblNames
{
    /// <summary>Peppol BIS Billing 3.0 customization identifier (BT-24).</summary>
    public const string PeppolCustomizationId = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";

    /// <summary>Peppol BIS Billing 3.0 profile identifier (BT-23) used when the invoice has none.</summary>
    public const string PeppolProfileId = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    internal static readonly XNamespace Invoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    internal static readonly XNamespace CreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    internal static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    internal static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
}
