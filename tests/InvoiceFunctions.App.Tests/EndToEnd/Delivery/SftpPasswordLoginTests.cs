using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// SFTP export with password login against a real sshd that checks the password as a system password
/// (<see cref="OpenSshServer.StartWithPasswordAsync"/>): the right one logs in and the file lands, a wrong one is
/// refused by the server at test connection and at delivery, and neither password reaches the logs.
/// </summary>
public sealed class SftpPasswordLoginTests : IAsyncLifetime
{
    private const string Password = "c0rrect-h0rse-Battery";
    // Short retries: on a loaded machine a connection may time out once, and its retry must fall within the wait.
    private readonly DeliveryApp delivery = new(new Dictionary<string, string>
    {
        ["Connectors__AllowLoopback"] = "true",
        ["Connectors__RetryFirstDelay"] = "00:00:01",
        ["Connectors__RetryMaxDelay"] = "00:00:02",
    });
    private OpenSshServer sftp = null!;

    public async Task InitializeAsync()
    {
        sftp = await OpenSshServer.StartWithPasswordAsync(Password);
        await delivery.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await delivery.DisposeAsync();
        await sftp.DisposeAsync();
    }

    [Fact]
    public async Task DeliverInvoice_PasswordLogin_RightPasswordWritesTheFileWrongOneIsRefused()
    {
        await AddAsync("ged", Password);
        await AddAsync("typo", "c0rrect-h0rse-Battery!");
        var (id, number, facturX) = await delivery.IssuedInvoiceAsync("fr1");

        var right = await delivery.App.OkAsync(delivery.Key, "api/companies/acme/connectors/ged/test", new { });
        var wrong = await delivery.App.OkAsync(delivery.Key, "api/companies/acme/connectors/typo/test", new { });
        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(
            id, r => r.Count(d => d.GetProperty("channel").GetString() == "Sftp" && d.GetProperty("state").GetString() is "Sent" or "Failed") == 2, "both exports end", seconds: 120);
        var exports = records.Where(r => r.GetProperty("channel").GetString() == "Sftp").ToList();
        var failed = exports.Single(r => r.GetProperty("connector").GetString() == "typo");

        Assert.True(right.GetProperty("ok").GetBoolean(), right.GetProperty("detail").GetString());
        Assert.Contains($"logged in as {OpenSshServer.PasswordUser}", right.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(wrong.GetProperty("ok").GetBoolean());
        Assert.Equal($"127.0.0.1:{sftp.Port} refused the login of {OpenSshServer.PasswordUser}.", wrong.GetProperty("detail").GetString());
        Assert.Equal("Sent", exports.Single(r => r.GetProperty("connector").GetString() == "ged").GetProperty("state").GetString());
        Assert.Equal("Failed", failed.GetProperty("state").GetString());
        Assert.Equal($"127.0.0.1:{sftp.Port} refused the login of {OpenSshServer.PasswordUser}.", failed.GetProperty("detail").GetString());
        Assert.Equal([$"{number}.pdf"], Directory.GetFiles(sftp.Folder).Select(Path.GetFileName));
        Assert.Equal(facturX, await File.ReadAllBytesAsync(Path.Combine(sftp.Folder, $"{number}.pdf")));
        Assert.DoesNotContain("h0rse", delivery.App.Host.Output, StringComparison.Ordinal);
    }

    private Task AddAsync(string id, string password) =>
        delivery.App.CreatedAsync(delivery.Key, "api/companies/acme/connectors", new
        {
            id, kind = "Sftp", host = "127.0.0.1", port = sftp.Port, userName = OpenSshServer.PasswordUser, password,
            hostKeySha256 = sftp.HostKeySha256, folder = sftp.Folder, fileNamePattern = "{number}.{ext}", formats = new[] { "FacturX" },
        });
}
