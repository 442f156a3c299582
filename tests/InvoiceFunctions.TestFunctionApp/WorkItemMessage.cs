namespace InvoiceFunctions.TestFunctionApp;

/// <summary>The test queue's message.</summary>
public sealed record WorkItemMessage(string Id, bool Fail = false);
