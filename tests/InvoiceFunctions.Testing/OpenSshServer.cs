using System.Diagnostics;
using System.Net.Sockets;

namespace InvoiceFunctions.Testing;

/// <summary>
/// A real OpenSSH server (Debian's openssh-server, scripts/debian-packages.txt) on 127.0.0.1 and a free port, run as the
/// current user with a generated config: a fresh ed25519 host key, one authorized client key, the internal SFTP subsystem,
/// and a folder for uploads. Files that land are read straight from <see cref="Folder"/>. Stopped and removed on dispose.
/// With a password (<see cref="StartWithPasswordAsync"/>), sshd checks it as it checks any system password, against
/// /etc/passwd and /etc/shadow: it runs in its own mount namespace (util-linux unshare) where those two files are
/// replaced by generated ones naming one user, <see cref="PasswordUser"/>, with that password's SHA-512 crypt hash, so the
/// machine's accounts are neither read nor changed.
/// </summary>
public sealed class OpenSshServer : IAsyncDisposable
{
    private const string Sshd = "/usr/sbin/sshd";
    private readonly Process process;
    private readonly string directory;

    /// <summary>The user a password server adds to its /etc/passwd: uid 0 in sshd's namespace, which is the current user.</summary>
    public const string PasswordUser = "invoicefn-sftp";

    private OpenSshServer(Process process, string directory, int port, string hostKeySha256, string clientKey, string userName)
    {
        UserName = userName;
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

    /// <summary>The user that logs in: the one running the tests (sshd runs as it), or <see cref="PasswordUser"/>.</summary>
    public string UserName { get; }

    /// <summary>An empty folder the user may write to, as an absolute path (no chroot).</summary>
    public string Folder => Path.Combine(directory, "upload");

    public static Task<OpenSshServer> StartAsync() => StartAsync(password: null);

    /// <summary>A server that takes <see cref="PasswordUser"/> with <paramref name="password"/> (and no key).</summary>
    public static Task<OpenSshServer> StartWithPasswordAsync(string password) => StartAsync(password);

    private static async Task<OpenSshServer> StartAsync(string? password)
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
            $"PasswordAuthentication {(password is null ? "no" : "yes")}",
            "KbdInteractiveAuthentication no",
            $"PubkeyAuthentication {(password is null ? "yes" : "no")}",
            $"PermitRootLogin {(password is null ? "prohibit-password" : "yes")}",
            "StrictModes no",
            "UsePAM no",
            "Subsystem sftp internal-sftp",
            "LogLevel ERROR",
        ]);
        var start = password is null
            ? new ProcessStartInfo(Sshd) { ArgumentList = { "-D", "-e", "-f", config } }
            : await InOwnAccountsAsync(directory, password, config);
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new OpenSshServer(process, directory, port, fingerprint, await File.ReadAllTextAsync(clientKey), password is null ? Environment.UserName : PasswordUser);
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

    /// <summary>
    /// sshd under unshare with /etc/passwd (the machine's accounts, for sshd's own privilege separation user, plus
    /// <see cref="PasswordUser"/>) and /etc/shadow (that user only) bind-mounted from generated files.
    /// </summary>
    private static async Task<ProcessStartInfo> InOwnAccountsAsync(string directory, string password, string config)
    {
        var uid = await RunAsync("id", "-u");
        var passwd = Path.Combine(directory, "passwd");
        var shadow = Path.Combine(directory, "shadow");
        var hash = await RunAsync("openssl", "passwd", "-6", password);
        await File.WriteAllTextAsync(passwd, await File.ReadAllTextAsync("/etc/passwd") + $"{PasswordUser}:x:0:0::{directory}:/bin/sh\n");
        await File.WriteAllTextAsync(shadow, $"{PasswordUser}:{hash}:20000:0:99999:7:::\n");
        var start = new ProcessStartInfo("unshare");
        if (uid != "0")
        {
            // Not root: a user namespace where the current user is root may mount (where the kernel allows it).
            start.ArgumentList.Add("--user");
            start.ArgumentList.Add("--map-root-user");
        }

        foreach (var argument in new[] { "--mount", "--propagation", "private", "sh", "-c", "mount --bind \"$1\" /etc/passwd && mount --bind \"$2\" /etc/shadow && exec \"$3\" -D -e -f \"$4\"", "sshd", passwd, shadow, Sshd, config })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
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
