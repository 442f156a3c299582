namespace InvoiceFunctions.Application.Ledger;

/// <summary>The company already has a contact or product with this id; nothing was overwritten.</summary>
public sealed class ResourceExistsException(string kind, string id) : Exception($"{kind} '{id}' already exists.")
{
    public string Kind { get; } = kind;

    public string Id { get; } = id;
}
