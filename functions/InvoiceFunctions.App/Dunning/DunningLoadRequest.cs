using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.App.Dunning;

/// <summary>The load activity's input: the invoice and the pauses its plan takes into account.</summary>
public sealed record DunningLoadRequest(string Company, string InvoiceId, IReadOnlyList<DunningPause> Pauses);
