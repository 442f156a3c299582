namespace InvoiceFunctions.Application;

/// <summary>The quote's or order's state does not allow this (accepting an expired quote, invoicing a fully invoiced order...): 409.</summary>
public sealed class ResourceStateException(string message) : Exception(message);
