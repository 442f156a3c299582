using System.Net;
using InvoiceFunctions.Adapters.Connectors;
using InvoiceFunctions.Application.Delivery.Connectors;

namespace InvoiceFunctions.App.Tests.Unit.Delivery;

/// <summary>The SSRF guard's address and URL rules, and the resolver that applies them to every address of a name.</summary>
public sealed class OutboundAddressPolicyTests
{
    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("fd00:ec2::254")]
    [InlineData("10.0.0.1")]
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("169.254.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("192.0.0.8")]
    [InlineData("192.0.2.10")]
    [InlineData("198.18.0.1")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.9")]
    [InlineData("224.0.0.1")]
    [InlineData("239.255.255.250")]
    [InlineData("240.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fc00::1")]
    [InlineData("fdff:ffff::1")]
    [InlineData("fe80::1")]
    [InlineData("febf::1")]
    [InlineData("fec0::1")]
    [InlineData("ff02::1")]
    [InlineData("2001:db8::1")]
    [InlineData("2001:0:4136:e378::1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::10.1.2.3")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("64:ff9b::c0a8:0101")]
    [InlineData("2002:a9fe:a9fe::1")]
    [InlineData("2002:0a00:0001::1")]
    public void Refusal_NonPublicAddress_Refused(string address) =>
        Assert.NotNull(OutboundAddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.253.255.255")]
    [InlineData("192.169.0.1")]
    [InlineData("11.0.0.1")]
    [InlineData("223.255.255.254")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4007:80e::200e")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:0808:0808::1")]
    public void Refusal_PublicAddress_Allowed(string address) =>
        Assert.Null(OutboundAddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("169.254.169.254", false)]
    [InlineData("fd00:ec2::254", false)]
    [InlineData("10.0.0.1", false)]
    public void Refusal_DevelopmentLoopback_AllowsLoopbackOnly(string address, bool allowed) =>
        Assert.Equal(allowed, OutboundAddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: true) is null);

    [Theory]
    [InlineData("https://hooks.example.com/invoices", false, true)]
    [InlineData("https://hooks.example.com:8443/x?y=1", false, true)]
    [InlineData("http://hooks.example.com/invoices", false, false)]
    [InlineData("http://hooks.example.com/invoices", true, false)]
    [InlineData("http://127.0.0.1:8080/hook", false, false)]
    [InlineData("http://127.0.0.1:8080/hook", true, true)]
    [InlineData("http://localhost:8080/hook", true, true)]
    [InlineData("http://[::1]:8080/hook", true, true)]
    [InlineData("https://169.254.169.254/latest/meta-data/", true, false)]
    [InlineData("https://[fd00:ec2::254]/latest/meta-data/", true, false)]
    [InlineData("https://10.0.0.5/hook", false, false)]
    [InlineData("https://[::ffff:192.168.0.1]/hook", false, false)]
    [InlineData("https://2130706433/hook", false, false)]
    [InlineData("https://0x7f000001/hook", false, false)]
    [InlineData("https://user:pass@hooks.example.com/", false, false)]
    [InlineData("ftp://hooks.example.com/", false, false)]
    [InlineData("file:///etc/passwd", false, false)]
    [InlineData("gopher://hooks.example.com/", false, false)]
    [InlineData("/relative", false, false)]
    [InlineData("", false, false)]
    public void UrlRefusal_SchemeCredentialsAndLiteralAddresses(string url, bool allowLoopback, bool allowed) =>
        Assert.Equal(allowed, OutboundAddressPolicy.UrlRefusal(url, allowLoopback) is null);

    [Fact]
    public async Task ResolveAsync_NameOfLoopback_RefusedWithoutDevelopmentSetting()
    {
        var refused = await Assert.ThrowsAsync<OutboundAddressRefusedException>(() => GuardedHttp.ResolveAsync("localhost", allowLoopback: false, CancellationToken.None));
        var allowed = await GuardedHttp.ResolveAsync("localhost", allowLoopback: true, CancellationToken.None);

        Assert.Contains("loopback", refused.Message, StringComparison.Ordinal);
        Assert.All(allowed, a => Assert.True(IPAddress.IsLoopback(a)));
    }

    [Fact]
    public async Task ConnectAsync_MetadataAddress_RefusedBeforeAnyConnection()
    {
        var refused = await Assert.ThrowsAsync<OutboundAddressRefusedException>(
            async () => await GuardedHttp.ConnectAsync(new DnsEndPoint("169.254.169.254", 80), allowLoopback: true, CancellationToken.None));

        Assert.Contains("link-local", refused.Message, StringComparison.Ordinal);
    }
}
