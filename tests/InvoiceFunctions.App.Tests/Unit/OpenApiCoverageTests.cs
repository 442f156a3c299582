using System.Reflection;
using InvoiceFunctions.App.Tests.Support;

namespace InvoiceFunctions.App.Tests.Unit;

/// <summary>
/// Every HTTP function says what it reads and answers, so /api/openapi.json describes real shapes rather than placeholders.
/// A new function without annotations fails here, by name.
/// </summary>
public sealed class OpenApiCoverageTests
{
    [Fact]
    public void HttpFunctions_AllAnnotated_NoneListed()
    {
        var unannotated = HttpFunctions()
            .Where(f => !Has(f.Method, "OpenApiResponseAttribute") || (f.Methods.Any(m => m != "get") && !Has(f.Method, "OpenApiRequestAttribute")))
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            unannotated.Count == 0,
            "HTTP functions without [OpenApiResponse] (or, unless a GET, [OpenApiRequest]; [OpenApiRequest] alone for no body): " + string.Join(", ", unannotated));
    }

    [Fact]
    public void HttpFunctions_Found_IncludeTheDocumentItself()
    {
        Assert.Contains(HttpFunctions(), f => f.Name == "GetOpenApiDocument");
        Assert.True(HttpFunctions().Count > 30);
    }

    [Fact]
    public void Document_BuiltInProcess_IsValidOpenApi()
    {
        var document = OpenApiStructure.AssertValid(BuiltApp.OpenApiDocument());

        Assert.DoesNotContain("\"x-unannotated\"", document.ToJsonString(), StringComparison.Ordinal);
    }

    private static List<(string Name, List<string> Methods, MethodInfo Method)> HttpFunctions() =>
        (from type in BuiltApp.Assembly.GetTypes()
         from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
         let function = method.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == "FunctionAttribute")
         let trigger = method.GetParameters().SelectMany(p => p.GetCustomAttributesData()).FirstOrDefault(a => a.AttributeType.Name == "HttpTriggerAttribute")
         where function is not null && trigger is not null
         select ((string)function.ConstructorArguments[0].Value!,
             trigger.ConstructorArguments.Where(a => a.ArgumentType == typeof(string[])).SelectMany(a => (IEnumerable<CustomAttributeTypedArgument>)a.Value!).Select(m => ((string)m.Value!).ToLowerInvariant()).ToList(),
             method)).ToList();

    private static bool Has(MethodInfo method, string attribute) => method.GetCustomAttributesData().Any(a => a.AttributeType.Name == attribute);
}
