using System.Reflection;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.Support;

/// <summary>
/// The built app assembly, loaded for reflection. The tests do not reference the app project's output (it is a Functions
/// worker executable); its own dependencies load from its folder.
/// </summary>
public static class BuiltApp
{
    private static readonly Lazy<Assembly> Loaded = new(() => Assembly.LoadFrom(Path.Combine(Repository.ProductAppFolder, "InvoiceFunctions.App.dll")));

    public static Assembly Assembly => Loaded.Value;

    /// <summary>The OpenAPI document as the app serves it, built in this process.</summary>
    public static string OpenApiDocument() =>
        (string)Assembly.GetType("InvoiceFunctions.App.Http.OpenApiDocumentBuilder", throwOnError: true)!.GetMethod("Build")!.Invoke(null, [Assembly])!;
}
