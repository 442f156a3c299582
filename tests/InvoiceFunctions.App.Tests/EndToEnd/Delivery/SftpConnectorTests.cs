using System.Text;
using System.Text.Json;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>SFTP export connectors end to end against a real OpenSSH server on loopback (key login, pinned host key).</summary>
public sealed class SftpConnectorTests : IAsyncLifetime
{
    private readonly DeliveryApp delivery = new(new Dictionary<string, string> { ["Connectors__AllowLoopback"] = "true" });
    private OpenSshServer sftp = null!;

    public async Task InitializeAsync()
    {
        sftp = await OpenSshServer.StartAsync();
        await delivery.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await delivery.DisposeAsync();
        await sftp.DisposeAsync();
    }

    [Fact]
    public async Task DeliverInvoice_SftpConnector_FilesLandWithTheirNamesAndBytes()
    {
        await AddSftpAsync("accounting", sftp.HostKeySha256);
        var (id, number, facturX) = await delivery.IssuedInvoiceAsync("fr1");

        var test = await delivery.App.OkAsync(delivery.Key, "api/companies/acme/connectors/accounting/test", new { });
        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Any(d => d.GetProperty("channel").GetString() == "Sftp" && d.GetProperty("state").GetString() == "Sent"), "the files are exported");
        var record = records.Single(r => r.GetProperty("channel").GetString() == "Sftp");
        var pdf = await File.ReadAllBytesAsync(Path.Combine(sftp.Folder, $"{number}.pdf"));
        var ubl = await File.ReadAllTextAsync(Path.Combine(sftp.Folder, $"{number}.ubl.xml"), Encoding.UTF8);
        var history = await delivery.HistoryAsync(id);

        Assert.True(test.GetProperty("ok").GetBoolean(), test.GetProperty("detail").GetString());
        Assert.Contains("matches", test.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(facturX, pdf);
        Assert.Equal(number, InvoiceXml.Read(ubl).Invoice.Number);
        Assert.Equal([$"{number}.pdf", $"{number}.ubl.xml"], Directory.GetFiles(sftp.Folder).Select(Path.GetFileName).Order());
        Assert.Equal($"sftp://{sftp.UserName}@127.0.0.1:{sftp.Port}/{sftp.Folder.TrimStart('/')}", record.GetProperty("receiver").GetString());
        Assert.Contains($"{number}.pdf ({facturX.Length} bytes)", record.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "Sent" && e.GetProperty("detail").GetString() == $"sftp accounting: {id}.accounting.1");
        Assert.DoesNotContain("PRIVATE KEY", delivery.App.Host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverInvoice_HostKeyNotThePinnedOne_RefusedAndNothingWritten()
    {
        var other = "SHA256:" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("another server"u8)).TrimEnd('=');
        await AddSftpAsync("spoofed", other);
        var (id, _, _) = await delivery.IssuedInvoiceAsync("fr1");

        var test = await delivery.App.OkAsync(delivery.Key, "api/companies/acme/connectors/spoofed/test", new { });
        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Any(d => d.GetProperty("channel").GetString() == "Sftp" && d.GetProperty("state").GetString() == "Failed"), "the export is refused");
        var detail = records.Single(r => r.GetProperty("channel").GetString() == "Sftp").GetProperty("detail").GetString();

        Assert.False(test.GetProperty("ok").GetBoolean());
        Assert.Equal($"127.0.0.1:{sftp.Port} presented host key {sftp.HostKeySha256}, not the pinned {other}.", detail);
        Assert.Empty(Directory.GetFiles(sftp.Folder));
    }

    private Task<JsonElement> AddSftpAsync(string id, string hostKey) =>
        delivery.App.CreatedAsync(delivery.Key, "api/companies/acme/connectors", new
        {
            id,
            kind = "Sftp",
            host = "127.0.0.1",
            port = sftp.Port,
            userName = sftp.UserName,
            privateKey = sftp.ClientPrivateKey,
            hostKeySha256 = hostKey,
            folder = sftp.Folder,
            fileNamePattern = "{number}.{ext}",
            formats = new[] { "FacturX", "Ubl" },
        });
}
