using System.Globalization;
using System.Xml;
using System.Xml.Schema;

namespace InvoiceFunctions.Core.Payments.Camt;

/// <summary>
/// The ISO 20022 camt.053 schemas shipped inside this assembly (versions 02, 03, 04 and 08; see
/// Payments/Camt/Schemas/NOTICE.md), compiled once. Hand <see cref="Set"/> to <see cref="CamtReadOptions.Schemas"/>.
/// </summary>
public static class CamtSchemas
{
    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile);

    /// <summary>The versions shipped.</summary>
    public static IReadOnlyList<int> Versions { get; } = [2, 3, 4, 8];

    /// <summary>The compiled set (read-only once compiled; validation against it is thread-safe).</summary>
    public static XmlSchemaSet Set => Compiled.Value;

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        var assembly = typeof(CamtSchemas).Assembly;
        foreach (var version in Versions)
        {
            var name = "camt.053.001." + version.ToString("00", CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream($"CamtSchemas.{name}.xsd") ?? throw new InvalidOperationException($"The {name} schema is not embedded.");
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
