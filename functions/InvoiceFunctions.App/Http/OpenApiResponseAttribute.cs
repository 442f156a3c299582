namespace InvoiceFunctions.App.Http;

/// <summary>
/// A success answer of an HTTP function: its status and the type it serializes (with ApiResponse.JsonOptions), or,
/// without a type, bytes of <see cref="ContentType"/>. Problems (4xx, 5xx) are documented for every operation.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class OpenApiResponseAttribute : Attribute
{
    public OpenApiResponseAttribute(int status, Type body)
    {
        Status = status;
        Body = body;
    }

    public OpenApiResponseAttribute(int status) => Status = status;

    public int Status { get; }

    public Type? Body { get; }

    /// <summary>For a file answer (no <see cref="Body"/>): its media type.</summary>
    public string ContentType { get; set; } = "application/octet-stream";

    public string? Description { get; set; }

    /// <summary>The answer carries the resource's ETag, to send back as If-Match.</summary>
    public bool ETag { get; set; }
}
