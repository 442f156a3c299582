namespace InvoiceFunctions.Core.Model;

/// <summary>An identifier with an optional scheme (ISO 6523 ICD, EAS code or list id).</summary>
/// <param name="Value">The identifier.</param>
/// <param name="SchemeId">The scheme identifier, e.g. 0002 for a French SIREN, 0009 for a SIRET.</param>
public sealed record Identifier(string Value, string? SchemeId = null)
{
    /// <summary>ISO 6523 ICD of the French SIREN.</summary>
    public const string SirenScheme = "0002";

    /// <summary>ISO 6523 ICD of the French SIRET.</summary>
    public const string SiretScheme = "0009";
}
