using System.Net;
using System.Net.Sockets;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>
/// The SSRF guard's rules (pure): which URLs and resolved addresses a connector may reach. Public unicast only: no
/// private, shared (CGNAT), link-local (cloud metadata 169.254.169.254, fd00:ec2::254), loopback (unless the development
/// setting allows it), multicast, documentation or reserved ranges; IPv4 carried in IPv6 (mapped, NAT64, 6to4) is judged
/// as IPv4. The transport resolves the host, checks every address and connects to a checked one (no second lookup).
/// </summary>
public static class OutboundAddressPolicy
{
    private static readonly (IPAddress Network, int Prefix, string Why)[] Refused4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "'this network'"),
        (IPAddress.Parse("10.0.0.0"), 8, "private"),
        (IPAddress.Parse("100.64.0.0"), 10, "shared (carrier-grade NAT)"),
        (IPAddress.Parse("169.254.0.0"), 16, "link-local (cloud metadata)"),
        (IPAddress.Parse("172.16.0.0"), 12, "private"),
        (IPAddress.Parse("192.0.0.0"), 24, "IETF protocol assignments"),
        (IPAddress.Parse("192.0.2.0"), 24, "documentation"),
        (IPAddress.Parse("192.88.99.0"), 24, "6to4 relay"),
        (IPAddress.Parse("192.168.0.0"), 16, "private"),
        (IPAddress.Parse("198.18.0.0"), 15, "benchmarking"),
        (IPAddress.Parse("198.51.100.0"), 24, "documentation"),
        (IPAddress.Parse("203.0.113.0"), 24, "documentation"),
        (IPAddress.Parse("224.0.0.0"), 4, "multicast"),
        (IPAddress.Parse("240.0.0.0"), 4, "reserved"),
    ];

    private static readonly (IPAddress Network, int Prefix, string Why)[] Refused6 =
    [
        (IPAddress.Parse("fc00::"), 7, "unique local (incl. metadata fd00:ec2::254)"),
        (IPAddress.Parse("fe80::"), 10, "link-local"),
        (IPAddress.Parse("fec0::"), 10, "site-local"),
        (IPAddress.Parse("ff00::"), 8, "multicast"),
        (IPAddress.Parse("2001:db8::"), 32, "documentation"),
        (IPAddress.Parse("2001::"), 32, "Teredo"),
        (IPAddress.Parse("100::"), 64, "discard"),
        (IPAddress.Parse("::"), 96, "IPv4-compatible / unspecified"),
    ];

    /// <returns>Why the address may not be reached, or null when it may.</returns>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        var embedded = EmbeddedIPv4(address);
        if (embedded is not null)
        {
            return Refusal(embedded, allowLoopback) is { } why ? $"{address} carries {embedded}: {why}" : null;
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback ? null : $"{address} is loopback";
        }

        var ranges = address.AddressFamily == AddressFamily.InterNetwork ? Refused4 : Refused6;
        foreach (var (network, prefix, why) in ranges)
        {
            if (InRange(address, network, prefix))
            {
                return $"{address} is {why}";
            }
        }

        return address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6 ? null : $"{address} is not an IP address";
    }

    /// <returns>Why the URL may not be used by a connector (scheme, credentials in it, a literal address refused), or null (names are checked when resolved).</returns>
    public static string? UrlRefusal(string? url, bool allowLoopback)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
        {
            return "An absolute https:// URL.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "No credentials in the URL (use the connector's secret or auth header).";
        }

        var loopbackHost = uri.IsLoopback;
        if (uri.Scheme == "http" && !(allowLoopback && loopbackHost))
        {
            return "https:// only (http:// only for loopback when Connectors__AllowLoopback is set, in development).";
        }

        if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal))
        {
            return Refusal(literal, allowLoopback);
        }

        // A name is judged by the addresses it resolves to, at every connection (a name may change its answer later).
        return null;
    }

    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (InRange(address, IPAddress.Parse("64:ff9b::"), 96) || InRange(address, IPAddress.Parse("64:ff9b:1::"), 48))
        {
            return new IPAddress(bytes[12..16]);
        }

        return InRange(address, IPAddress.Parse("2002::"), 16) ? new IPAddress(bytes[2..6]) : null;
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        for (var bit = 0; bit < prefix; bit++)
        {
            var mask = 0x80 >> (bit % 8);
            if ((a[bit / 8] & mask) != (n[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }
}
