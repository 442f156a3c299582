using System.Runtime.CompilerServices;

namespace InvoiceFunctions.Core.Tests.Payments;

/// <summary>Files of the payments tests and docs, found from this source file (no copy to the output folder needed).</summary>
internal static class PaymentsFiles
{
    public static string Sample(string name) => Path.Combine(Here(), "Samples", name);

    /// <summary>A file from the repository root, e.g. docs/payments.md.</summary>
    public static string Repository(string relative) => Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", relative));

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
