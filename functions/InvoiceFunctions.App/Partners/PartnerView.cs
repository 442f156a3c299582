namespace InvoiceFunctions.App.Partners;

/// <summary>A partner as listed: no secret, only which versions are in force.</summary>
public sealed record PartnerView(string Id, string Name, IReadOnlyList<int> SecretVersions, DateTimeOffset CreatedAt);
