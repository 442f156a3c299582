using System.Text;
using InvoiceFunctions.Adapters.Mail;

namespace InvoiceFunctions.App.Tests.Unit.Delivery;

public sealed class MimeBounceReportReaderTests
{
    private static readonly MimeBounceReportReader Reader = new();

    [Fact]
    public void Read_DsnWithReturnedHeaders_FailureAndOriginalMessageId()
    {
        var report = Reader.Read(Bytes(Dsn("failed", "text/rfc822-headers", "Message-ID: <inv-1.1@acme.example>")));

        Assert.NotNull(report);
        Assert.Equal("inv-1.1@acme.example", report.OriginalMessageId);
        Assert.Equal("a@b.example", report.Recipient);
        Assert.Equal("5.1.1", report.Status);
        Assert.Equal("550 5.1.1 user unknown", report.Diagnostic);
    }

    [Fact]
    public void Read_DsnWithReturnedMessage_OriginalMessageIdFromIt() =>
        Assert.Equal(
            "inv-2.3@acme.example",
            Reader.Read(Bytes(Dsn("failed", "message/rfc822", "Message-ID: <inv-2.3@acme.example>\r\nSubject: x\r\n\r\nbody")))?.OriginalMessageId);

    [Fact]
    public void Read_DsnWithoutReturnedPart_InReplyToIsTheOriginal() =>
        Assert.Equal("inv-3.1@acme.example", Reader.Read(Bytes(Dsn("failed", null, null, "In-Reply-To: <inv-3.1@acme.example>\r\n")))?.OriginalMessageId);

    [Theory]
    [InlineData("delayed")]
    [InlineData("delivered")]
    public void Read_DsnThatIsNotAFailure_Null(string action) =>
        Assert.Null(Reader.Read(Bytes(Dsn(action, "text/rfc822-headers", "Message-ID: <inv-1.1@acme.example>"))));

    [Theory]
    [InlineData("From: a@b.example\r\nSubject: hi\r\n\r\nhello\r\n")]
    [InlineData("Content-Type: multipart/report; report-type=disposition-notification; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nread\r\n--x--\r\n")]
    [InlineData("\0\0\0 not a mail")]
    [InlineData("")]
    public void Read_NotADsn_Null(string text) => Assert.Null(Reader.Read(Bytes(text)));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Dsn(string action, string? returnedType, string? returned, string extraHeaders = "") =>
        "From: MAILER-DAEMON@mx.b.example\r\nSubject: Undelivered\r\n" + extraHeaders
        + "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
        + "--b\r\nContent-Type: text/plain\r\n\r\nNot delivered.\r\n"
        + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.b.example\r\n\r\n"
        + $"Final-Recipient: rfc822; a@b.example\r\nAction: {action}\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
        + (returnedType is null ? "" : $"--b\r\nContent-Type: {returnedType}\r\n\r\n{returned}\r\n")
        + "--b--\r\n";
}
