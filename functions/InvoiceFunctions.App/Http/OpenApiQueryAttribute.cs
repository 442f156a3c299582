namespace InvoiceFunctions.App.Http;

/// <summary>A query string parameter an HTTP function reads through <see cref="QueryParameters"/> (all optional).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class OpenApiQueryAttribute(string name, Type type, string description) : Attribute
{
    public string Name { get; } = name;

    public Type Type { get; } = type;

    public string Description { get; } = description;
}
