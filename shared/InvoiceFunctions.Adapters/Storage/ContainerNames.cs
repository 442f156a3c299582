namespace InvoiceFunctions.Adapters.Storage;

/// <summary>The product's blob containers.</summary>
public static class ContainerNames
{
    /// <summary>Write-once archive objects, "{company}/{sha256}"; in Azure under a 10-year immutability policy (infra/).</summary>
    public const string Archive = "archive";

    /// <summary>Delivery status notifications (.eml) about our mails, put there by the inbound mailbox: each one is read once (blob trigger, Event Grid source).</summary>
    public const string DeliveryReports = "delivery-reports";

    public static readonly IReadOnlyList<string> All = [Archive, DeliveryReports];
}
