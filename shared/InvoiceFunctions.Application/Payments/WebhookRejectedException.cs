namespace InvoiceFunctions.Application.Payments;

/// <summary>A webhook whose signature, timestamp or headers do not check out (answered 401, nothing recorded).</summary>
public sealed class WebhookRejectedException(string reason) : Exception(reason);
