using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Core.Formats.Ubl;

/// <summary>UBL-specific code mappings.</summary>
internal static class UblCodes
{
    /// <summary>BT-8 as UNTDID 2005 (UBL): 3 invoice date, 35 delivery date, 432 paid to date.</summary>
    public static string? VatPointDate(VatPointDateCode? code) => code switch
    {
        VatPointDateCode.InvoiceDate => "3",
        VatPointDateCode.DeliveryDate => "35",
        VatPointDateCode.PaidToDate => "432",
        _ => null,
    };

    public static VatPointDateCode? ParseVatPointDate(string? code) => code switch
    {
        "3" => VatPointDateCode.InvoiceDate,
        "35" => VatPointDateCode.DeliveryDate,
        "432" => VatPointDateCode.PaidToDate,
        _ => null,
    };

    /// <summary>UBL has no note subject code: EN 16931 puts it in the text as #CODE#text.</summary>
    public static string NoteText(Note note) => note.SubjectCode is null ? note.Text : $"#{note.SubjectCode}#{note.Text}";

    public static Note ParseNote(string text)
    {
        if (text.Length > 5 && text[0] == '#' && text.IndexOf('#', 1) is var end and > 1 and <= 4)
        {
            return new Note(text[(end + 1)..], text[1..end]);
        }

        return new Note(text);
    }
}
