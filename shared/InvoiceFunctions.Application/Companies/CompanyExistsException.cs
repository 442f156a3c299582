namespace InvoiceFunctions.Application.Companies;

/// <summary>A company with this id is already registered.</summary>
public sealed class CompanyExistsException(CompanyId id) : Exception($"Company '{id}' already exists.")
{
    public CompanyId Id { get; } = id;
}
