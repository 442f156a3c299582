namespace InvoiceFunctions.Core.Formats;

/// <summary>The XML syntaxes the core reads and writes.</summary>
public enum InvoiceSyntax
{
    /// <summary>UN/CEFACT Cross Industry Invoice D16B (Factur-X, ZUGFeRD 2, XRechnung CII).</summary>
    Cii,
    /// <summary>OASIS UBL 2.1 Invoice or CreditNote (Peppol BIS Billing 3.0).</summary>
    Ubl,
}
