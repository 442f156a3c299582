namespace InvoiceFunctions.Core.Tests.Support;

/// <summary>Locates the official conformance corpus: ../shared/conformance beside the repository root.</summary>
internal static class Corpus
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string File(string relative) => Path.Combine(Root, relative);

    public static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(File(folder), "*.xml").Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "InvoiceFunctions.sln")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            throw new InvalidOperationException("Repository root (InvoiceFunctions.sln) not found above " + AppContext.BaseDirectory);
        }

        var corpus = Path.Combine(dir.Parent.FullName, "shared", "conformance");
        return Directory.Exists(corpus) ? corpus : throw new InvalidOperationException("Conformance corpus not found at " + corpus);
    }
}
