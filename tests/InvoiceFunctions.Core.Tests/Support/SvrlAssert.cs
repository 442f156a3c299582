namespace InvoiceFunctions.Core.Tests.Support;

/// <summary>One failed assert of an SVRL report.</summary>
internal sealed record SvrlAssert(string Id, string? Flag, string Text, string Location)
{
    /// <summary>EN 16931 and Peppol: only flag="fatal" refuses. Factur-X: any assert not flagged warning is an error.</summary>
    public bool IsFatal => Flag == "fatal";

    public bool IsError => Flag != "warning";

    public override string ToString() => $"{Id} [{Flag}] {Text} @ {Location}";
}
