namespace InvoiceFunctions.App.Partners;

/// <summary>The company's partners.</summary>
public sealed record PartnerListView(IReadOnlyList<PartnerView> Items);
