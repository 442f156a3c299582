namespace InvoiceFunctions.App.Partners;

/// <summary>A partner to register: a name for people (the id and secret are made here).</summary>
public sealed record PartnerRequest(string? Name);
