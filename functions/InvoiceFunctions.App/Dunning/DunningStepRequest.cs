using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.App.Dunning;

/// <summary>The step activity's input: the invoice and the planned step to take.</summary>
public sealed record DunningStepRequest(string Company, string InvoiceId, PlannedStep Step);
