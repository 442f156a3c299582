namespace InvoiceFunctions.Application.Dunning;

/// <summary>The body of POST .../dunning/digest: the company-local day to report on.</summary>
public sealed record DunningDigestRequest(DateOnly Day);
