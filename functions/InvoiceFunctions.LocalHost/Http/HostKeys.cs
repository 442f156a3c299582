namespace InvoiceFunctions.LocalHost.Http;

/// <summary>The keys in force: the master key, host-wide function keys and keys per function.</summary>
public sealed record HostKeys(
    string MasterKey,
    IReadOnlyDictionary<string, string> FunctionKeys,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> KeysPerFunction);
