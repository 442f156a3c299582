using System.Net;
using System.Net.Sockets;

namespace InvoiceFunctions.Testing;

/// <summary>Free loopback ports for the processes a test starts.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
