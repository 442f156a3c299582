using InvoiceFunctions.Core.Formats;

namespace InvoiceFunctions.Application.Intake;

/// <summary>What <see cref="IntakeReader"/> made of a file: the invoice read (with the XML it came in), or a refusal.</summary>
/// <param name="Xml">The XML embedded in a PDF (archived beside it); null for an XML file, which is archived as it came.</param>
/// <param name="XmlName">The embedded file's name (factur-x.xml...).</param>
public sealed record IntakeReading(IntakeFormat Format, InvoiceReadResult? Read, string? Xml, string? XmlName, IntakeRefusal? Refusal)
{
    public static IntakeReading Refused(IntakeFormat format, IntakeRefusalCode code, string message) => new(format, null, null, null, new IntakeRefusal(code, message));
}
