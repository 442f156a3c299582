namespace InvoiceFunctions.App.Payments;

/// <summary>What an operator gives the payment partner: the signing secret and the URL to post to.</summary>
public sealed record PaymentWebhookSecretView(string Company, string Secret, string Url);
