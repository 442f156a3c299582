using System.ComponentModel.DataAnnotations;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>Section "Connectors": outbound safety and retry timing of webhook, SFTP and HTTP deliveries.</summary>
public sealed class ConnectorOptions : IValidatableObject
{
    public const string Section = "Connectors";

    /// <summary>Development only: lets connectors reach loopback addresses (and http:// on loopback). Never set in Azure.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>The delay before the first retry of a failed connector delivery; doubled per try.</summary>
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest delay between two tries.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a delivery is retried (from its first try) before it fails and the connector is disabled.</summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The time allowed to one request or upload.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Test only (never set in the sample or in Azure): the process ends right after a connector confirmed a delivery
    /// and before the attempt is marked sent, so the reliability test can prove the at-least-once rule.
    /// </summary>
    public bool CrashAfterSend { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryFirstDelay <= TimeSpan.Zero || RetryMaxDelay < RetryFirstDelay || RetryMaxDelay > TimeSpan.FromDays(6))
        {
            // Storage queues hide a message for at most 7 days.
            yield return new ValidationResult("Connectors: 0 < RetryFirstDelay <= RetryMaxDelay <= 6 days.", [nameof(RetryFirstDelay), nameof(RetryMaxDelay)]);
        }

        if (RetryWindow <= TimeSpan.Zero || RetryWindow > TimeSpan.FromDays(30))
        {
            yield return new ValidationResult("Connectors:RetryWindow is between 0 and 30 days.", [nameof(RetryWindow)]);
        }
    }
}
