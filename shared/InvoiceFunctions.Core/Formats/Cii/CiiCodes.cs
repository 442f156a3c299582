using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>CII-specific code mappings.</summary>
internal static class CiiCodes
{
    /// <summary>BT-8 as UNTDID 2475 (CII): 5 invoice date, 29 delivery date, 72 paid to date.</summary>
    public static string? VatPointDate(VatPointDateCode? code) => code switch
    {
        VatPointDateCode.InvoiceDate => "5",
        VatPointDateCode.DeliveryDate => "29",
        VatPointDateCode.PaidToDate => "72",
        _ => null,
    };

    public static VatPointDateCode? ParseVatPointDate(string? code) => code switch
    {
        "5" => VatPointDateCode.InvoiceDate,
        "29" => VatPointDateCode.DeliveryDate,
        "72" => VatPointDateCode.PaidToDate,
        _ => null,
    };
}
