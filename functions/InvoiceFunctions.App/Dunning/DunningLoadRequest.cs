using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.App.Dunning;

/// <summary>The load activity's input: the invoice, the pauses its plan takes into account, and when its dunning started.</summary>
public sealed record DunningLoadRequest(string Company, string InvoiceId, IReadOnlyList<DunningPause> Pauses, DateTime? Epoch = null);
