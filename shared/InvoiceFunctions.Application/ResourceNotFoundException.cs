namespace InvoiceFunctions.Application;

/// <summary>The company has no such quote, order...: the API answers 404 naming it.</summary>
public sealed class ResourceNotFoundException(string kind, string id) : Exception($"{kind} '{id}' was not found.")
{
    public string Kind { get; } = kind;

    public string Id { get; } = id;
}
