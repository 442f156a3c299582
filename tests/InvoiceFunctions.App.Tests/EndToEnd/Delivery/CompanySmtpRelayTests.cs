using System.Net;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// A company's own SMTP relay (e-mail settings "smtp") end to end: a second real MailDev that demands SMTP
/// authentication; the password is a host setting named by the company (SmtpSecrets__acme__...), never in a response or
/// the logs; the app-wide MailDev gets nothing; private and metadata addresses refused when saved.
/// </summary>
public sealed class CompanySmtpRelayTests : IAsyncLifetime
{
    private const string RelayUser = "acme-relay";
    private const string RelayPassword = "R3lay-pa55-9c41e7";
    private const string WrongPassword = "N0t-the-relay-pa55";

    private readonly DeliveryApp delivery = new(new Dictionary<string, string>
    {
        ["Connectors__AllowLoopback"] = "true",
        ["SmtpSecrets__acme__relay-password"] = RelayPassword,
        ["SmtpSecrets__acme__old-password"] = WrongPassword,
    });

    private MailDev relay = null!;

    public async Task InitializeAsync()
    {
        relay = await MailDev.StartAsync(null, "--incoming-user", RelayUser, "--incoming-pass", RelayPassword);
        await delivery.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await delivery.DisposeAsync();
        await relay.DisposeAsync();
    }

    [Fact]
    public async Task CompanyRelay_MailGoesThroughItWithTheSecretNotTheDefault_AWrongSecretIsRefusedByTheRelay_PasswordNeverShown()
    {
        var saved = await delivery.SaveEmailSettingsAsync(Settings("relay-password"));
        using var read = await delivery.App.SendAsync(HttpMethod.Get, "api/companies/acme/settings/email", delivery.Key);
        var readText = await read.Content.ReadAsStringAsync();
        var (id, number, _) = await delivery.IssuedInvoiceAsync("fr1");
        await delivery.EnqueueAsync(id);
        await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Sent", "the mail is sent through the company's relay");
        var relayed = (await relay.EmailsAsync()).Single();

        await delivery.SaveEmailSettingsAsync(Settings("old-password"));
        var (second, _, _) = await delivery.IssuedInvoiceAsync("de1");
        await delivery.EnqueueAsync(second);
        var refused = await delivery.DeliveriesWhenAsync(
            second, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Queued"
                && r[0].TryGetProperty("detail", out var detail) && (detail.GetString() ?? "").Contains("refused the session", StringComparison.Ordinal),
            "the relay refuses the wrong password");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("relay-password", saved.GetProperty("smtp").GetProperty("passwordSecretName").GetString());
        Assert.Equal(relay.SmtpPort, saved.GetProperty("smtp").GetProperty("port").GetInt32());
        Assert.Contains("\"passwordSecretName\":\"relay-password\"", readText, StringComparison.Ordinal);
        Assert.DoesNotContain(RelayPassword, readText, StringComparison.Ordinal);
        Assert.Equal($"Facture {number} de ACME", relayed.GetProperty("subject").GetString());
        Assert.Equal("factures@acme.example", relayed.GetProperty("from")[0].GetProperty("address").GetString());
        Assert.Empty(await delivery.Mail.EmailsAsync());
        Assert.Single(await relay.EmailsAsync());
        Assert.Contains($"127.0.0.1:{relay.SmtpPort}", refused[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(RelayPassword, delivery.App.Host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongPassword, delivery.App.Host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveEmailSettings_RelayOnPrivateOrMetadataAddressOrUnknownSecret_ProblemListsEachAndNothingIsSaved()
    {
        var metadata = await delivery.PutEmailSettingsAsync(new { smtp = new { host = "169.254.169.254", port = 25, security = "None" } });
        var metadataProblem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, metadata);
        var invalid = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, await delivery.PutEmailSettingsAsync(new
        {
            smtp = new { host = "10.0.0.8", port = 70000, security = "None", userName = "acme", passwordSecretName = "missing-secret" },
        }));
        var noName = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, await delivery.PutEmailSettingsAsync(new
        {
            smtp = new { host = "smtp.example.com", userName = "acme", passwordSecretName = "Smtp__Password" },
        }));
        var stored = await delivery.App.OkAsync(delivery.Key, "api/companies/acme/settings/email");

        Assert.Equal("application/problem+json", metadata.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["smtp.host"], metadataProblem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        Assert.Equal(
            ["smtp.host", "smtp.port", "smtp.passwordSecretName"],
            invalid.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        Assert.Contains("SmtpSecrets__acme__missing-secret", invalid.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["smtp.passwordSecretName"], noName.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        Assert.False(stored.TryGetProperty("smtp", out var smtp) && smtp.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    private object Settings(string secretName) => new
    {
        senderAddress = "factures@acme.example",
        smtp = new { host = "127.0.0.1", port = relay.SmtpPort, security = "None", userName = RelayUser, passwordSecretName = secretName },
    };
}
