namespace InvoiceFunctions.Application.Archive;

/// <summary>The company's archive holds no object with this address.</summary>
public sealed class ArchiveObjectNotFoundException(string sha256) : Exception($"Archive object '{sha256}' was not found.")
{
    public string Sha256 { get; } = sha256;
}
