using System.Security.Cryptography;
using System.Text;
using InvoiceFunctions.Application.Companies;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// Each company's webhook signing secret, <c>whsec_</c> + base64(HMAC-SHA256(Payments__WebhookSigningKey, "payment-webhook:" + company)):
/// nothing to store, different per company, all rotated by changing the key. Operators read a company's with the master key.
/// </summary>
public sealed class WebhookSecrets(IOptions<PaymentsOptions> options)
{
    public const string Prefix = "whsec_";

    public string SecretOf(CompanyId company) => Prefix + Convert.ToBase64String(KeyOf(company));

    /// <summary>The HMAC key the signatures are made with (the secret's base64 part, decoded).</summary>
    public byte[] KeyOf(CompanyId company) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.WebhookSigningKey), Encoding.UTF8.GetBytes("payment-webhook:" + company.Value));
}
