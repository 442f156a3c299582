namespace InvoiceFunctions.Application.Dunning;

/// <summary>A message for an invoice's dunning (queue "dunning-signals"), turned into a start or an external event by the function app.</summary>
public sealed record DunningSignal(string Company, string InvoiceId, DunningEvent Event);
