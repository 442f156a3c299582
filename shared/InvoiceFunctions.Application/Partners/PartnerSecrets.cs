using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InvoiceFunctions.Application.Payments;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Partners;

/// <summary>
/// Partner signing secrets: <c>whsec_</c> + base64(HMAC-SHA256(Payments__WebhookSigningKey, "partner-webhook:{id}:{version}")).
/// Nothing secret is stored; a rotation adds a version, and both the new and the previous verify until the next one.
/// </summary>
public sealed class PartnerSecrets(IOptions<PaymentsOptions> options)
{
    public string SecretOf(string partner, int version) => WebhookSecrets.Prefix + Convert.ToBase64String(KeyOf(partner, version));

    public byte[] KeyOf(string partner, int version) =>
        HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(options.Value.WebhookSigningKey), Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"partner-webhook:{partner}:{version}")));
}
