namespace InvoiceFunctions.App.Http;

/// <summary>
/// The JSON body an HTTP function reads (the T of its JsonBody.ReadAsync&lt;T&gt;); several types when it takes one of
/// several shapes. Without a type: the function reads no body, said explicitly so the coverage test knows it was considered.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OpenApiRequestAttribute(params Type[] bodies) : Attribute
{
    public IReadOnlyList<Type> Bodies { get; } = bodies;
}
