namespace InvoiceFunctions.Testing;

/// <summary>Paths in the repository: its root (where InvoiceFunctions.sln is) and the build outputs the tests run.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release, whichever built these tests.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>The official samples beside the repository (../shared/conformance).</summary>
    public static string Conformance => Path.Combine(Root, "..", "shared", "conformance");

    public static string LocalHostDll => Path.Combine(Root, "functions", "InvoiceFunctions.LocalHost", "bin", Configuration, "net10.0", "InvoiceFunctions.LocalHost.dll");

    public static string ProductAppFolder => Path.Combine(Root, "functions", "InvoiceFunctions.App", "bin", Configuration, "net10.0");

    public static string TestAppFolder => Path.Combine(Root, "tests", "InvoiceFunctions.TestFunctionApp", "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InvoiceFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InvoiceFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
