using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Adapters.Storage;

/// <summary>The product's pipeline queues (each with its "-poison" pair; infra/main.bicep provisions them).</summary>
public static class QueueNames
{
    /// <summary>Invoices to deliver: <see cref="Application.Delivery.DeliveryMessage"/> as camelCase JSON, base64 like the Functions extension.</summary>
    public const string InvoiceDelivery = IssueQueues.Delivery;

    /// <summary>Starts and external events for the dunning orchestrations: <see cref="Application.Dunning.DunningSignal"/> as camelCase JSON.</summary>
    public const string DunningSignals = "dunning-signals";
}
