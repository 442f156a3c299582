using System.ComponentModel.DataAnnotations;

namespace InvoiceFunctions.Application.Payments;

/// <summary>Settings of section "Payments": the key the per-company webhook secrets derive from, and the signature's time window.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>Secret (at least 32 characters) from which each company's webhook signing secret is derived (<see cref="WebhookSecrets"/>); a Key Vault reference in Azure.</summary>
    [Required]
    [MinLength(32)]
    public string WebhookSigningKey { get; set; } = "";

    /// <summary>How far a webhook's timestamp may be from now, in seconds (Standard Webhooks: 5 minutes).</summary>
    [Range(30, 3600)]
    public int WebhookToleranceSeconds { get; set; } = 300;
}
