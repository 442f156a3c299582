using System.Xml.Linq;

namespace InvoiceFunctions.Core.Tests.Support;

/// <summary>One case of an official CEN rule unit test (VEFA testSet): a document fragment and the rule expected to hold or fail.</summary>
internal sealed record RuleTestCase(string File, int Index, string RuleId, bool ExpectError, string Document)
{
    private static readonly XNamespace Vefa = "http://difi.no/xsd/vefa/validator/1.0";

    public static IReadOnlyList<RuleTestCase> Load(string relativeFile)
    {
        var set = XDocument.Load(Corpus.File(relativeFile));
        return set.Root!.Elements(Vefa + "test").Select((t, i) =>
        {
            var assert = t.Element(Vefa + "assert")!;
            var error = assert.Element(Vefa + "error") ?? assert.Element(Vefa + "warning");
            var rule = (error ?? assert.Element(Vefa + "success"))!.Value.Trim();
            var document = t.Elements().First(e => e.Name.Namespace != Vefa);
            return new RuleTestCase(relativeFile, i, rule, error is not null, document.ToString());
        }).ToList();
    }

    public override string ToString() => $"{File}#{Index} {(ExpectError ? "error" : "success")} {RuleId}";
}
