using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using InvoiceFunctions.Application.Delivery.Connectors;
using Microsoft.Extensions.Options;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace InvoiceFunctions.Adapters.Connectors;

/// <summary>
/// SFTP export connectors (SSH.NET): the host resolved and checked by the SSRF guard, the connection made to the checked
/// address, the server's host key compared with the pinned SHA-256 fingerprint (refused otherwise), password or key login.
/// Each file is written as "{name}.part" then renamed, so the receiver never picks up half a file; a retry overwrites.
/// </summary>
public sealed class SftpTransport(IOptions<ConnectorOptions> options) : IConnectorTransport
{
    public ConnectorKind Kind => ConnectorKind.Sftp;

    public async Task<string> SendAsync(Connector connector, ConnectorPayload payload, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        await WithClientAsync(connector, async client =>
        {
            foreach (var file in payload.Files)
            {
                var path = $"{connector.Folder!.TrimEnd('/')}/{file.Name}";
                var part = path + ".part";
                using (var content = new MemoryStream(file.Content, writable: false))
                {
                    await client.UploadFileAsync(content, part, cancellationToken);
                }

                if (await client.ExistsAsync(path, cancellationToken))
                {
                    await client.DeleteFileAsync(path, cancellationToken);
                }

                await client.RenameFileAsync(part, path, cancellationToken);
                written.Add($"{path} ({file.Content.Length} bytes)");
            }
        }, cancellationToken);
        return "wrote " + string.Join(", ", written);
    }

    public async Task<string> TestAsync(Connector connector, CancellationToken cancellationToken)
    {
        var detail = "";
        await WithClientAsync(connector, async client =>
        {
            var folder = connector.Folder!;
            if (!await client.ExistsAsync(folder, cancellationToken) || !(await client.GetAttributesAsync(folder, cancellationToken)).IsDirectory)
            {
                throw new ConnectorRefusedException($"Connected and logged in as {connector.UserName}, but folder '{folder}' does not exist.");
            }

            detail = $"Host key {connector.HostKeySha256} matches; logged in as {connector.UserName}; folder '{folder}' exists.";
        }, cancellationToken);
        return detail;
    }

    private async Task WithClientAsync(Connector connector, Func<SftpClient, Task> work, CancellationToken cancellationToken)
    {
        string? presented = null;
        try
        {
            var address = (await GuardedHttp.ResolveAsync(connector.Host!, options.Value.AllowLoopback, cancellationToken))[0];
            using var client = new SftpClient(Connection(connector, address.ToString()));
            client.HostKeyReceived += (_, e) =>
            {
                presented = "SHA256:" + e.FingerPrintSHA256;
                e.CanTrust = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), Encoding.ASCII.GetBytes(connector.HostKeySha256 ?? ""));
            };
            await client.ConnectAsync(cancellationToken);
            await work(client);
            client.Disconnect();
        }
        catch (OutboundAddressRefusedException ex)
        {
            throw new ConnectorRefusedException(ex.Message, ex);
        }
        catch (SshConnectionException ex) when (presented is not null && presented != connector.HostKeySha256)
        {
            throw new ConnectorRefusedException($"{connector.Host}:{connector.Port} presented host key {presented}, not the pinned {connector.HostKeySha256}.", ex);
        }
        catch (SshAuthenticationException ex)
        {
            throw new ConnectorRefusedException($"{connector.Host}:{connector.Port} refused the login of {connector.UserName}.", ex);
        }
        catch (Exception ex) when (ex is SftpPathNotFoundException or SftpPermissionDeniedException)
        {
            throw new ConnectorRefusedException($"{connector.Host}:{connector.Port}: {ex.Message} (folder '{connector.Folder}').", ex);
        }
        catch (Exception ex) when (ex is SshException or SocketException or IOException or TimeoutException)
        {
            throw new ConnectorTransientException($"{connector.Host}:{connector.Port}: {ex.Message}", ex);
        }
    }

    private ConnectionInfo Connection(Connector connector, string address)
    {
        var user = connector.UserName ?? "";
        AuthenticationMethod auth = connector.PrivateKey is { Length: > 0 } key
            ? new PrivateKeyAuthenticationMethod(user, new PrivateKeyFile(new MemoryStream(Encoding.UTF8.GetBytes(key))))
            : new PasswordAuthenticationMethod(user, connector.Password ?? "");
        return new ConnectionInfo(address, connector.Port, user, auth) { Timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds) };
    }
}
