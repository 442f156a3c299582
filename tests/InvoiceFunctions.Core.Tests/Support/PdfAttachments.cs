using System.Diagnostics;

namespace InvoiceFunctions.Core.Tests.Support;

/// <summary>Extracts the files embedded in a Factur-X PDF with pdfdetach (Debian poppler-utils): test tooling only.</summary>
internal static class PdfAttachments
{
    public static IReadOnlyDictionary<string, string> Extract(string pdf)
    {
        var dir = Directory.CreateTempSubdirectory("pdfx-");
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdfdetach", ["-saveall", "-o", dir.FullName, pdf]) { RedirectStandardError = true })
                ?? throw new InvalidOperationException("pdfdetach did not start: run scripts/install-debian.sh (poppler-utils).");
            process.WaitForExit();
            return Directory.GetFiles(dir.FullName).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
