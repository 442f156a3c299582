using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery.Connectors;

namespace InvoiceFunctions.App.Tests.Unit.Delivery;

/// <summary>Every field of each connector kind is checked, and every problem is listed at once.</summary>
public sealed class ConnectorValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly Connector Sftp = new(
        CompanyId.Parse("acme"), "print", ConnectorKind.Sftp, "Print", true, [ConnectorFormat.Pdf], null, null, "sftp.example.com", 22, "acme", null,
        "-----BEGIN OPENSSH PRIVATE KEY-----", "SHA256:" + new string('A', 43), "/in", "{number}.pdf", null, null, null, true, null, null, Now, Now);

    [Fact]
    public void Validate_CompleteSftp_NoProblem() => Assert.Empty(ConnectorValidation.Validate(Sftp, allowLoopback: false));

    [Fact]
    public void Validate_BrokenSftp_ListsEveryField()
    {
        var broken = Sftp with
        {
            Id = "Print!", Host = "", Port = 70000, UserName = "", Password = "pw", HostKeySha256 = "MD5:aa:bb", Folder = "/in/../etc", FileNamePattern = "{customer}.pdf",
            Formats = [ConnectorFormat.Pdf, ConnectorFormat.Pdf],
        };

        var paths = ConnectorValidation.Validate(broken, allowLoopback: false).Select(e => e.Path).ToList();

        Assert.Equal(["id", "formats", "host", "port", "userName", "password", "hostKeySha256", "folder", "fileNamePattern"], paths);
    }

    [Fact]
    public void Validate_HttpExport_MethodHeaderAndUrl()
    {
        var http = Sftp with { Kind = ConnectorKind.Http, Url = "https://dms.example.com/upload", Method = "PUT", AuthHeaderName = "Authorization", AuthHeaderValue = "Bearer x" };
        var broken = http with { Url = "http://dms.example.com/upload", Method = "PATCH", AuthHeaderName = "Bad Header", AuthHeaderValue = "x\ny" };

        Assert.Empty(ConnectorValidation.Validate(http, allowLoopback: false));
        Assert.Equal(["url", "method", "authHeaderName", "authHeaderValue"], ConnectorValidation.Validate(broken, allowLoopback: false).Select(e => e.Path));
    }

    [Fact]
    public void Validate_WebhookWithoutFormats_AllowedEventOnly()
    {
        var webhook = Sftp with { Kind = ConnectorKind.Webhook, Formats = [], Url = "https://hooks.example.com/x", Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" };

        Assert.Empty(ConnectorValidation.Validate(webhook, allowLoopback: false));
        Assert.Equal(["secret"], ConnectorValidation.Validate(webhook with { Secret = null }, allowLoopback: false).Select(e => e.Path));
    }
}
