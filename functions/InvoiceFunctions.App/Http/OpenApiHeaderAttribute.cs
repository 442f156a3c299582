namespace InvoiceFunctions.App.Http;

/// <summary>A request header an HTTP function reads (besides the API key and the Idempotency-Key, documented for all).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class OpenApiHeaderAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    public bool Required { get; set; }
}
