namespace InvoiceFunctions.Application.Issuing;

/// <summary>A change that replaces a resource was sent without If-Match: the caller must say which version it read (428).</summary>
public sealed class PreconditionRequiredException(string what) : Exception($"{what}: send If-Match with the ETag of your last read (GET) to replace it.");
