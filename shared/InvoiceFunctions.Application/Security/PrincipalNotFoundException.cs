namespace InvoiceFunctions.Application.Security;

/// <summary>No principal has this id.</summary>
public sealed class PrincipalNotFoundException(string principalId) : Exception($"Principal '{principalId}' was not found.")
{
    public string PrincipalId { get; } = principalId;
}
