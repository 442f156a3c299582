using System.Net;
using System.Net.Sockets;
using InvoiceFunctions.Application.Delivery.Connectors;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Adapters.Connectors;

/// <summary>
/// Outbound HTTP of connectors behind the SSRF guard: the connection callback resolves the host once, refuses it when any
/// resolved address is not allowed (<see cref="OutboundAddressPolicy"/>), and connects to the checked address itself, so a
/// second DNS answer (rebinding) is never used. No redirects, no proxy, no cookies; one client for the process.
/// </summary>
public sealed class GuardedHttp : IDisposable
{
    private readonly HttpClient client;
    private readonly bool allowLoopback;

    public GuardedHttp(IOptions<ConnectorOptions> options)
    {
        allowLoopback = options.Value.AllowLoopback;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowLoopback, cancellationToken),
        };
        client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds) };
    }

    /// <summary>Resolves the host (or takes its literal address) and checks every address.</summary>
    /// <exception cref="OutboundAddressRefusedException">An address is not allowed.</exception>
    public static async Task<IPAddress[]> ResolveAsync(string host, bool allowLoopback, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        foreach (var address in addresses)
        {
            if (OutboundAddressPolicy.Refusal(address, allowLoopback) is { } why)
            {
                throw new OutboundAddressRefusedException(host, why);
            }
        }

        return addresses;
    }

    /// <summary>A TCP connection to one of the host's checked addresses.</summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowLoopback, CancellationToken cancellationToken)
    {
        SocketException? last = null;
        foreach (var address in await ResolveAsync(endpoint.Host, allowLoopback, cancellationToken))
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
        }

        throw last!;
    }

    /// <summary>Sends the request (the URL checked first); a 2xx is the receiver's confirmation.</summary>
    /// <returns>"HTTP {status}".</returns>
    /// <exception cref="ConnectorRefusedException">The URL or an address is refused by the guard.</exception>
    /// <exception cref="ConnectorTransientException">No 2xx: network error, timeout, any other status.</exception>
    public async Task<string> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        if (OutboundAddressPolicy.UrlRefusal(url.AbsoluteUri, allowLoopback) is { } refusal)
        {
            throw new ConnectorRefusedException($"{url.GetLeftPart(UriPartial.Path)}: {refusal}");
        }

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? $"HTTP {status}"
                : throw new ConnectorTransientException($"{url.GetLeftPart(UriPartial.Path)} answered HTTP {status}.");
        }
        catch (HttpRequestException ex) when (ex.InnerException is OutboundAddressRefusedException refused)
        {
            throw new ConnectorRefusedException(refused.Message, refused);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorTransientException($"{url.GetLeftPart(UriPartial.Path)}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorTransientException($"{url.GetLeftPart(UriPartial.Path)}: no answer within the timeout.", ex);
        }
    }

    /// <summary>Checks the URL and opens (then closes) a TCP connection to a checked address: what "test connection" can prove without delivering.</summary>
    public async Task<string> ProbeAsync(string url, CancellationToken cancellationToken)
    {
        if (OutboundAddressPolicy.UrlRefusal(url, allowLoopback) is { } refusal)
        {
            throw new ConnectorRefusedException(refusal);
        }

        var uri = new Uri(url);
        try
        {
            await using var stream = await ConnectAsync(new DnsEndPoint(uri.Host, uri.Port), allowLoopback, cancellationToken);
            return $"{uri.Host} resolves to allowed addresses only; port {uri.Port} accepts connections.";
        }
        catch (OutboundAddressRefusedException ex)
        {
            throw new ConnectorRefusedException(ex.Message, ex);
        }
        catch (SocketException ex)
        {
            throw new ConnectorTransientException($"{uri.Host}:{uri.Port}: {ex.Message}", ex);
        }
    }

    public void Dispose() => client.Dispose();
}
