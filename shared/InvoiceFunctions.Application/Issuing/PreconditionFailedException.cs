namespace InvoiceFunctions.Application.Issuing;

/// <summary>The caller's If-Match names a version that is no longer the current one: it must read again before it edits.</summary>
public sealed class PreconditionFailedException(string what) : Exception($"{what} changed since it was read: read it again (ETag) and resend with If-Match.");
