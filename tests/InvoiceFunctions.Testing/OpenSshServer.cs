using System.Diagnostics;
using System.Net.Sockets;

namespace InvoiceFunctions.Testing;

/// <summary>
/// A real OpenSSH server (Debian's openssh-server, scripts/debian-packages.txt) on 127.0.0.1 and a free port, run as the
/// current user with a generated config: a fresh ed25519 host key, one authorized client key, the internal SFTP subsystem,
/// and a folder for uploads. Files that land are read straight from <see cref="Folder"/>. Stopped and removed on dispose.
/// </summary>
public sealed class OpenSshServer : IAsyncDisposable
{
    private const string Sshd = "/usr/sbin/sshd";
    private readonly Process process;
    private readonly string directory;

    private OpenSshServer(Process process, string directory, int port, string hostKeySha256, string clientKey)
    {
        this.process = process;
        this.directory = directory;
        Port = port;
        HostKeySha256 = hostKeySha256;
        ClientPrivateKey = clientKey;
    }

    public int Port { get; }

    /// <summary>The host key's fingerprint as <c>ssh-keygen -l -E sha256</c> prints it ("SHA256:...").</summary>
    public string HostKeySha256 { get; }

    /// <summary>The authorized client key (OpenSSH private key text).</summary>
    public string ClientPrivateKey { get; }

    /// <summary>The user that logs in: the one running the tests (sshd runs as it).</summary>
    public string UserName { get; } = Environment.UserName;

    /// <summary>An empty folder the user may write to, as an absolute path (no chroot).</summary>
    public string Folder => Path.Combine(directory, "upload");

    public static async Task<OpenSshServer> StartAsync()
    {
        if (!File.Exists(Sshd))
        {
            throw new InvalidOperationException("openssh-server is not installed: run scripts/install-debian.sh (scripts/debian-packages.txt lists it).");
        }

        var directory = Directory.CreateTempSubdirectory("sshd-").FullName;
        Directory.CreateDirectory(Path.Combine(directory, "upload"));
        var hostKey = Path.Combine(directory, "host_ed25519");
        var clientKey = Path.Combine(directory, "client_ed25519");
        await RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test-host", "-f", hostKey);
        await RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test-client", "-f", clientKey);
        var fingerprint = (await RunAsync("ssh-keygen", "-l", "-E", "sha256", "-f", hostKey + ".pub")).Split(' ')[1];
        File.Copy(clientKey + ".pub", Path.Combine(directory, "authorized_keys"));
        if (Environment.UserName == "root")
        {
            // sshd started by root wants its privilege separation directory.
            Directory.CreateDirectory("/run/sshd");
        }

        var port = FreePorts.Next();
        var config = Path.Combine(directory, "sshd_config");
        File.WriteAllLines(config,
        [
            $"Port {port}",
            "ListenAddress 127.0.0.1",
            $"HostKey {hostKey}",
            $"PidFile {Path.Combine(directory, "sshd.pid")}",
            $"AuthorizedKeysFile {Path.Combine(directory, "authorized_keys")}",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PubkeyAuthentication yes",
            "PermitRootLogin prohibit-password",
            "StrictModes no",
            "UsePAM no",
            "Subsystem sftp internal-sftp",
            "LogLevel ERROR",
        ]);
        var process = Process.Start(new ProcessStartInfo(Sshd) { ArgumentList = { "-D", "-e", "-f", config }, RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new OpenSshServer(process, directory, port, fingerprint, await File.ReadAllTextAsync(clientKey));
        await Eventually.HoldsAsync(() => Task.FromResult(!process.HasExited && CanConnect(port)), TimeSpan.FromSeconds(20), "sshd listens");
        return server;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    private static bool CanConnect(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output.Trim() : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {error}");
    }
}
