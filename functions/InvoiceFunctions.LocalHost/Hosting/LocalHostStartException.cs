namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>The app cannot be hosted as it is: the start stops, naming the function and what is wrong.</summary>
public sealed class LocalHostStartException(string functionName, string reason)
    : Exception($"Function '{functionName}' cannot be hosted: {reason}.")
{
    public string FunctionName { get; } = functionName;
}
