using System.Collections.Concurrent;
using System.Diagnostics;
using System.Xml.Linq;

namespace InvoiceFunctions.Core.Tests.Support;

/// <summary>
/// Runs the official compiled Schematron (XSLT 2.0) with Saxon-HE (Debian libsaxonhe-java) in one JVM per batch:
/// the documents are written to a folder, Saxon transforms the folder, the SVRL reports are read back.
/// </summary>
internal static class SchematronRunner
{
    public const string CiiEn16931 = "cii/schematron/EN16931-CII-validation.xslt";
    public const string UblEn16931 = "ubl/schematron/EN16931-UBL-validation.xslt";
    public const string UblPeppol = "ubl/schematron/PEPPOL-EN16931-UBL.xslt";
    private const string SaxonJar = "/usr/share/java/Saxon-HE.jar";
    private static readonly ConcurrentDictionary<(string, string), IReadOnlyList<SvrlAssert>> Cache = new();

    public static string FacturX(string profile) => $"facturx/schematron/FACTUR-X_{profile}.xslt";

    /// <summary>Failed asserts per document name for a batch; results are cached by (stylesheet, name).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<SvrlAssert>> Run(string stylesheet, IReadOnlyDictionary<string, string> documents)
    {
        var todo = documents.Where(d => !Cache.ContainsKey((stylesheet, d.Key))).ToList();
        if (todo.Count > 0)
        {
            RunBatch(stylesheet, todo);
        }

        return documents.Keys.ToDictionary(k => k, k => Cache[(stylesheet, k)]);
    }

    private static void RunBatch(string stylesheet, List<KeyValuePair<string, string>> documents)
    {
        if (!File.Exists(SaxonJar))
        {
            throw new InvalidOperationException("Saxon-HE not installed: run scripts/install-debian.sh (libsaxonhe-java, default-jre-headless).");
        }

        var work = Directory.CreateTempSubdirectory("schematron-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work.FullName, "in"));
            var output = Directory.CreateDirectory(Path.Combine(work.FullName, "out"));
            foreach (var (name, xml) in documents)
            {
                File.WriteAllText(Path.Combine(input.FullName, name + ".xml"), xml);
            }

            var psi = new ProcessStartInfo("java", ["-cp", SaxonJar, "net.sf.saxon.Transform", $"-s:{input.FullName}", $"-xsl:{Corpus.File(stylesheet)}", $"-o:{output.FullName}"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var process = Process.Start(psi)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            foreach (var (name, _) in documents)
            {
                var report = Path.Combine(output.FullName, name + ".xml");
                if (!File.Exists(report))
                {
                    throw new InvalidOperationException($"Saxon produced no report for {name}: {stderr.Result}");
                }

                Cache[(stylesheet, name)] = Parse(XDocument.Load(report));
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static List<SvrlAssert> Parse(XDocument svrl) =>
        svrl.Descendants().Where(e => e.Name.LocalName == "failed-assert")
            .Select(e => new SvrlAssert((string?)e.Attribute("id") ?? string.Empty, (string?)e.Attribute("flag"), e.Value.Trim(), (string?)e.Attribute("location") ?? string.Empty))
            .ToList();
}
