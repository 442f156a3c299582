namespace InvoiceFunctions.Core.Formats.Xml;

/// <summary>Limits applied to every XML document read (hostile input).</summary>
/// <param name="MaxCharacters">Maximum document size in characters (default 20 million: official examples carry multi-megabyte attachments).</param>
/// <param name="MaxDepth">Maximum element nesting depth (an invoice needs under 15).</param>
public sealed record XmlReadLimits(long MaxCharacters = 20_000_000, int MaxDepth = 64)
{
    /// <summary>The default limits.</summary>
    public static XmlReadLimits Default { get; } = new();
}
