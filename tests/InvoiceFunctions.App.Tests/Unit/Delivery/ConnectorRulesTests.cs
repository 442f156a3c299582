using System.Security.Cryptography;
using System.Text;
using InvoiceFunctions.Application.Delivery.Connectors;

namespace InvoiceFunctions.App.Tests.Unit.Delivery;

/// <summary>Retry back-off, file name patterns and Standard Webhooks signatures (pure parts of the connectors).</summary>
public sealed class ConnectorRulesTests
{
    private static readonly DateTimeOffset First = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RetryPlan_DefaultOptions_DoublesUpToSixHoursAndGivesUpAfterThreeDays()
    {
        var options = new ConnectorOptions();
        var now = First;
        var delays = new List<TimeSpan>();
        for (var tries = 1; RetryPlan.Next(tries, First, now, options) is { } delay; tries++)
        {
            delays.Add(delay);
            now += delay;
        }

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)], delays.Take(4));
        Assert.Equal(TimeSpan.FromHours(6), delays.Max());
        Assert.True(now - First <= TimeSpan.FromDays(3));
        Assert.True(now - First > TimeSpan.FromDays(3) - TimeSpan.FromHours(6));
    }

    [Theory]
    [InlineData("{number}.pdf", ConnectorFormat.FacturX, "F-2026-0001.pdf")]
    [InlineData("{number}.{ext}", ConnectorFormat.Ubl, "F-2026-0001.ubl.xml")]
    [InlineData("{issueDate}_{number}_{format}.{ext}", ConnectorFormat.Cii, "2026-03-02_F-2026-0001_cii.cii.xml")]
    [InlineData("../{number}.pdf", ConnectorFormat.Pdf, "_F-2026-0001.pdf")]
    public void FileNamePattern_Render_FillsPlaceholdersWithSafeCharacters(string pattern, ConnectorFormat format, string expected) =>
        Assert.Equal(expected, FileNamePattern.Render(pattern, "F-2026/0001".Replace('/', '-'), "inv-1", new DateOnly(2026, 3, 2), format));

    [Theory]
    [InlineData("{number}.pdf", 1, true)]
    [InlineData("{number}.pdf", 2, false)]
    [InlineData("{number}.{ext}", 3, true)]
    [InlineData("in/{number}.pdf", 1, false)]
    [InlineData("{customer}.pdf", 1, false)]
    [InlineData("", 1, false)]
    public void FileNamePattern_Problem(string pattern, int formats, bool valid) => Assert.Equal(valid, FileNamePattern.Problem(pattern, formats) is null);

    [Fact]
    public void WebhookSignature_Sign_MatchesTheStandardWebhooksExample()
    {
        // The example of the Standard Webhooks specification (its reference libraries test the same values).
        const string secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        var body = Encoding.UTF8.GetBytes("{\"test\": 2432232314}");

        var signature = WebhookSignature.Sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", true)]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", false)]
    [InlineData("whsec_c2hvcnQ=", false)]
    [InlineData("whsec_not base64!", false)]
    public void WebhookSignature_IsSecret(string secret, bool expected) => Assert.Equal(expected, WebhookSignature.IsSecret(secret));

    [Fact]
    public void WebhookSignature_RandomSecret_VerifiesWithPlainHmac()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var body = Encoding.UTF8.GetBytes("{\"type\":\"invoice.issued\"}");

        var signature = WebhookSignature.Sign("whsec_" + Convert.ToBase64String(key), "id1", 42, body);

        Assert.Equal("v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("id1.42.{\"type\":\"invoice.issued\"}"))), signature);
    }
}
