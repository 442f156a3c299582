namespace InvoiceFunctions.TestFunctionApp;

/// <summary>Which host process ran a function: lets tests see work spread over two hosts.</summary>
public sealed record HostTag(string Value);
