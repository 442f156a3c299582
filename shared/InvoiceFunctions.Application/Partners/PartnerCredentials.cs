namespace InvoiceFunctions.Application.Partners;

/// <summary>What to hand the partner: where to post and the secret to sign with (shown when made or rotated).</summary>
public sealed record PartnerCredentials(string Id, string Name, string Secret, int SecretVersion, string Url);
