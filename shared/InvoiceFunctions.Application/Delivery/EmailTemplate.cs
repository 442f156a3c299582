namespace InvoiceFunctions.Application.Delivery;

/// <summary>A mail's subject and plain-text body in Liquid (Fluid), with <c>invoice</c>, <c>customer</c> and <c>company</c> fields.</summary>
public sealed record EmailTemplate(string? Subject, string? Body);
