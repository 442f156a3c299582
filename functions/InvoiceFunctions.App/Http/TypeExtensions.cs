using System.Runtime.CompilerServices;

namespace InvoiceFunctions.App.Http;

/// <summary>Reflection helpers of the OpenAPI document.</summary>
internal static class TypeExtensions
{
    /// <summary>Anonymous types have no name to put in components/schemas: their schema is inlined.</summary>
    public static bool IsAnonymousType(this Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), false) && type.Name.Contains("AnonymousType", StringComparison.Ordinal);
}
