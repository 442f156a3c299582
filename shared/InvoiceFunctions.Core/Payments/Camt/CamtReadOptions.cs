using System.Xml.Schema;
using InvoiceFunctions.Core.Formats.Xml;

namespace InvoiceFunctions.Core.Payments.Camt;

/// <summary>How a camt.053 document is read.</summary>
public sealed record CamtReadOptions
{
    /// <summary>Size and depth limits (default: 100 million characters, depth 40; a camt entry nests about 15 deep).</summary>
    public XmlReadLimits Limits { get; init; } = new(MaxCharacters: 100_000_000, MaxDepth: 40);

    /// <summary>
    /// Compiled camt.053 XSDs to validate against before reading, or null to rely on the reader's own checks. The
    /// set must hold the schema of the document's version; a version it lacks is refused.
    /// </summary>
    public XmlSchemaSet? Schemas { get; init; }

    /// <summary>
    /// Whether a version missing from <see cref="Schemas"/> is read with the reader's own checks instead of refused
    /// (an importer that ships some versions' schemas but still accepts the others).
    /// </summary>
    public bool AllowVersionsWithoutSchema { get; init; }

    /// <summary>The defaults.</summary>
    public static CamtReadOptions Default { get; } = new();
}
