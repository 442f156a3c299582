namespace InvoiceFunctions.App.Http;

/// <summary>The request body is missing, too large or not the JSON expected.</summary>
public sealed class BadRequestBodyException(string message) : Exception(message);
