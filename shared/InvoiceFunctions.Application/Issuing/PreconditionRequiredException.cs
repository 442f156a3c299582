namespace InvoiceFunctions.Application.Issuing;

/// <summary>An edit came without If-Match: the caller must say which version it read, so it cannot overwrite a change it never saw (428).</summary>
public sealed class PreconditionRequiredException(string what) : Exception($"{what}: If-Match is required (the ETag of your last GET).");
