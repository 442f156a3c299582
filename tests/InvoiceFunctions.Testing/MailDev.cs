using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace InvoiceFunctions.Testing;

/// <summary>
/// A real MailDev (npm maildev from the repository's node_modules): SMTP and its HTTP API on free loopback ports, mails
/// kept in a folder of its own, stopped and removed on dispose. Read what arrived through GET /api/email.
/// </summary>
public sealed class MailDev : IAsyncDisposable
{
    private readonly Process process;
    private readonly string directory;

    private MailDev(Process process, string directory, int smtpPort, int webPort)
    {
        this.process = process;
        this.directory = directory;
        SmtpPort = smtpPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int SmtpPort { get; }

    public HttpClient Http { get; }

    /// <param name="smtpPort">A port chosen beforehand (a host already configured to send there); by default a free one.</param>
    /// <param name="arguments">More MailDev options, e.g. "--max-message-size", "1000".</param>
    public static async Task<MailDev> StartAsync(int? smtpPort = null, params string[] arguments)
    {
        var (smtp, web) = (smtpPort ?? FreePorts.Next(), FreePorts.Next());
        var script = Path.Combine(Repository.Root, "node_modules", "maildev", "dist", "bin", "maildev.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException("MailDev is not installed: run `npm ci` at the repository root (the test command does).");
        }

        var directory = Directory.CreateTempSubdirectory("maildev-").FullName;
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--silent", "--ip", "127.0.0.1", "--smtp", smtp.ToString(), "--web-ip", "127.0.0.1", "--web", web.ToString(),
                "--mail-directory", directory,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var mailDev = new MailDev(process, directory, smtp, web);
        await Eventually.HoldsAsync(async () => await CanConnectAsync(smtp) && await CanConnectAsync(web), TimeSpan.FromSeconds(30), "MailDev listens");
        return mailDev;
    }

    /// <summary>Every mail received, oldest first, as MailDev's API describes it (subject, from, to, headers, text, attachments...).</summary>
    public async Task<IReadOnlyList<JsonElement>> EmailsAsync()
    {
        var emails = await Http.GetFromJsonAsync<JsonElement>("api/email");
        return [.. emails.EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>The raw message (RFC 5322 source) of a received mail.</summary>
    public Task<string> SourceAsync(string emailId) => Http.GetStringAsync($"api/email/{Uri.EscapeDataString(emailId)}/source");

    /// <summary>The bytes of an attachment of a received mail, by its generated file name.</summary>
    public Task<byte[]> AttachmentAsync(string emailId, string generatedFileName) =>
        Http.GetByteArrayAsync($"api/email/{Uri.EscapeDataString(emailId)}/attachment/{Uri.EscapeDataString(generatedFileName)}");

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        Http.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    private static async Task<bool> CanConnectAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
