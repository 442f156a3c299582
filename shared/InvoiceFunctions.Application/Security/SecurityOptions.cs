using System.ComponentModel.DataAnnotations;

namespace InvoiceFunctions.Application.Security;

/// <summary>Section "Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Secret mixed into the stored HMAC of every API key (from Key Vault in Azure), so a copy of the table
    /// alone cannot be used to test guesses. Changing it invalidates all keys.
    /// </summary>
    [Required, MinLength(32)]
    public string ApiKeyPepper { get; set; } = "";
}
