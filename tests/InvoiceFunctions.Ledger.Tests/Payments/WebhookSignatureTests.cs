using System.Text;
using InvoiceFunctions.Application.Payments;

namespace InvoiceFunctions.Ledger.Tests.Payments;

/// <summary>Standard Webhooks signatures, pure: valid, tampered, stale, wrong key, several signatures.</summary>
public sealed class WebhookSignatureTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef");
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":"payment.received","data":{"amount":10}}""");
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void Verify_SignedBody_Accepted()
    {
        var signature = WebhookSignature.Sign(Key, "msg_1", Now.ToUnixTimeSeconds(), Body);

        WebhookSignature.Verify(Key, "msg_1", Now.ToUnixTimeSeconds().ToString(), "v1,AAAA " + signature, Body, Now.AddMinutes(4), Tolerance);
    }

    [Theory]
    [InlineData("tampered body")]
    [InlineData("other id")]
    [InlineData("stale")]
    [InlineData("future")]
    [InlineData("wrong key")]
    [InlineData("v2 scheme")]
    [InlineData("missing header")]
    public void Verify_Altered_Rejected(string change)
    {
        var at = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(change == "wrong key" ? Encoding.UTF8.GetBytes("another key 0123456789abcdef0123") : Key, "msg_1", at, Body);
        var body = change == "tampered body" ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("10", "1000", StringComparison.Ordinal)) : Body;
        var now = change switch { "stale" => Now.AddMinutes(6), "future" => Now.AddMinutes(-6), _ => Now };

        Assert.Throws<WebhookRejectedException>(() => WebhookSignature.Verify(
            Key, change == "other id" ? "msg_2" : "msg_1", at.ToString(), change switch { "v2 scheme" => signature.Replace("v1,", "v2,", StringComparison.Ordinal), "missing header" => null, _ => signature },
            body, now, Tolerance));
    }
}
