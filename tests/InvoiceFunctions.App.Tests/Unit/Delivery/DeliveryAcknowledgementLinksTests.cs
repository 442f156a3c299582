using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Security;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.App.Tests.Unit.Delivery;

/// <summary>The signed "confirm receipt" links: a mail's expires, a webhook's does not, neither is valid as the other, a changed byte is refused.</summary>
public sealed class DeliveryAcknowledgementLinksTests
{
    private static readonly DateTimeOffset Sent = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EmailUrl_ValidUntilItsLifetimeEnds_ThenRefused()
    {
        var clock = new SettableTime(Sent);
        var links = Links(clock);

        var url = links.EmailUrlFor("inv-1.1@acme.example", Sent)!;
        var token = TokenOf(url);
        var atTheEnd = Verified(links, clock, token, Sent.AddDays(30));
        var after = Verified(links, clock, token, Sent.AddDays(30).AddSeconds(1));

        Assert.StartsWith("https://invoices.example.test/api/deliveries/", url, StringComparison.Ordinal);
        Assert.EndsWith("/acknowledgement", url, StringComparison.Ordinal);
        Assert.Equal("inv-1.1@acme.example", atTheEnd);
        Assert.Null(after);
    }

    [Fact]
    public void Tokens_TamperedOrOfAnotherDeployment_Refused_WebhookTokensNeverExpire()
    {
        var clock = new SettableTime(Sent);
        var links = Links(clock);
        var token = TokenOf(links.EmailUrlFor("inv-1.1@acme.example", Sent)!);
        var tampered = (token[0] == 'A' ? "B" : "A") + token[1..];
        var webhook = links.PathFor("inv-1.crm.1").Split('/')[3];

        Assert.Null(links.Verify(tampered));
        Assert.Null(Links(clock, pepper: new string('q', 40)).Verify(token));
        Assert.Equal("inv-1.crm.1", Verified(links, clock, webhook, Sent.AddYears(20)));
    }

    [Fact]
    public void EmailUrl_WithoutPublicBaseUrl_NoLink()
    {
        Assert.Null(Links(new SettableTime(Sent), baseUrl: "").EmailUrlFor("inv-1.1@acme.example", Sent));
    }

    [Fact]
    public void WithAcknowledgementLink_AppendedInTheLanguageUnlessTheTemplatePlacedIt()
    {
        const string url = "https://invoices.example.test/api/deliveries/x.y/acknowledgement";

        Assert.EndsWith($"Pour confirmer la réception de cette facture : {url}\n", DefaultEmailTemplates.WithAcknowledgementLink("Bonjour", url, "fr"), StringComparison.Ordinal);
        Assert.EndsWith($"To confirm that you received this invoice: {url}\n", DefaultEmailTemplates.WithAcknowledgementLink("Hello", url, "en"), StringComparison.Ordinal);
        Assert.Equal($"Click {url}", DefaultEmailTemplates.WithAcknowledgementLink($"Click {url}", url, "en"));
        Assert.Equal("Hello", DefaultEmailTemplates.WithAcknowledgementLink("Hello", null, "en"));
    }

    private static string? Verified(DeliveryAcknowledgementLinks links, SettableTime clock, string token, DateTimeOffset at)
    {
        clock.Now = at;
        return links.Verify(token);
    }

    private static string TokenOf(string url) => new Uri(url).AbsolutePath.Split('/')[3];

    private static DeliveryAcknowledgementLinks Links(TimeProvider time, string pepper = "pppppppppppppppppppppppppppppppppppppppp", string baseUrl = "https://invoices.example.test/") =>
        new(
            Options.Create(new SecurityOptions { ApiKeyPepper = pepper }),
            Options.Create(new DeliveryOptions { PublicBaseUrl = baseUrl, AcknowledgementLinkLifetime = TimeSpan.FromDays(30) }),
            time);

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
