namespace InvoiceFunctions.Application.Companies;

/// <summary>No company has this id (or the caller may not know it does).</summary>
public sealed class CompanyNotFoundException(CompanyId id) : Exception($"Company '{id}' was not found.")
{
    public CompanyId Id { get; } = id;
}
