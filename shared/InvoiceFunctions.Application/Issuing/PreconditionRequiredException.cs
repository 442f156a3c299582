namespace InvoiceFunctions.Application.Issuing;

/// <summary>An edit came without If-Match: the caller must say which version it read, so it cannot overwrite a change it never saw.</summary>
public sealed class PreconditionRequiredException(string what) : Exception($"{what}: If-Match is required (the ETag of the last GET, or * to replace whatever is stored).");
