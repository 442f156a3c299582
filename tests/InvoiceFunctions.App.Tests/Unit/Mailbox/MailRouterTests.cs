using InvoiceFunctions.App.Tests.Mailbox;
using InvoiceFunctions.Application.Intake.Mail;

namespace InvoiceFunctions.App.Tests.Unit.Mailbox;

public sealed class MailRouterTests
{
    private const string Token = MailSamples.Token;

    [Theory]
    [InlineData("Facture [inv-k7m2p9x4q8rt] mars", "invoices@invoicefunctions.localhost", "token in subject")]
    [InlineData("Facture [INV-K7M2P9X4Q8RT]", "invoices@invoicefunctions.localhost", "token in subject")]
    [InlineData("Facture", "invoices+k7m2p9x4q8rt@invoicefunctions.localhost", "token in recipient")]
    [InlineData("Facture", "INVOICES+K7M2P9X4Q8RT@invoicefunctions.localhost", "token in recipient")]
    public async Task RouteAsync_Token_RoutedToItsCompany(string subject, string recipient, string how)
    {
        var route = await Router(Acme()).RouteAsync(Headers("someone@anywhere.example", subject, recipient.ToLowerInvariant()), default);

        Assert.True(route.Accepted);
        Assert.Equal("acme", route.Company?.Value);
        Assert.Equal(how, route.RoutedBy);
    }

    [Theory]
    [InlineData("ap@supplier.example", true)]
    [InlineData("billing@partner.example", true)]
    [InlineData("other@supplier.example", false)]
    public async Task RouteAsync_TokenWithAllowlist_OnlyListedSendersPass(string sender, bool accepted)
    {
        var store = Acme(["ap@supplier.example", "@partner.example"]);

        var route = await Router(store).RouteAsync(Headers(sender, $"[inv-{Token}]"), default);

        Assert.Equal(accepted, route.Accepted);
        Assert.Equal("acme", route.Company?.Value);
        Assert.Equal(accepted ? null : MailRefusalCode.SenderNotAllowed, route.Refusal?.Code);
    }

    [Theory]
    [InlineData("ap@supplier.example", "acme")]
    [InlineData("AP@Supplier.Example", "acme")]
    [InlineData("billing@partner.example", "beta")]
    public async Task RouteAsync_NoTokenListedSender_RoutedBySender(string sender, string company)
    {
        var store = Acme(["ap@supplier.example"]).With("beta", new MailboxSettings(true, "beta2token99", ["@partner.example"], null));

        var route = await Router(store).RouteAsync(Headers(sender.ToLowerInvariant(), "Facture"), default);

        Assert.Equal(company, route.Company?.Value);
        Assert.Equal("allowed sender", route.RoutedBy);
    }

    [Fact]
    public async Task RouteAsync_AddressAndDomainOfTwoCompanies_TheAddressWins()
    {
        var store = Acme(["ap@supplier.example"]).With("beta", new MailboxSettings(true, "beta2token99", ["@supplier.example"], null));

        Assert.Equal("acme", (await Router(store).RouteAsync(Headers("ap@supplier.example", "x"), default)).Company?.Value);
        Assert.Equal("beta", (await Router(store).RouteAsync(Headers("sales@supplier.example", "x"), default)).Company?.Value);
    }

    [Fact]
    public async Task RouteAsync_UnknownSenderNoToken_UnknownSenderWithoutCompany()
    {
        var route = await Router(Acme(["ap@supplier.example"])).RouteAsync(Headers("someone@unknown.example", "Invoice [inv-zzzzzzzzzzzz]"), default);

        Assert.Null(route.Company);
        Assert.Equal(MailRefusalCode.UnknownSender, route.Refusal?.Code);
    }

    [Fact]
    public async Task RouteAsync_TokensOfTwoCompanies_Ambiguous()
    {
        var store = Acme().With("beta", new MailboxSettings(true, "beta2token99", [], null));

        var route = await Router(store).RouteAsync(Headers("a@b.example", "[inv-beta2token99]", $"invoices+{Token}@invoicefunctions.localhost"), default);

        Assert.Equal(MailRefusalCode.AmbiguousRouting, route.Refusal?.Code);
    }

    [Fact]
    public async Task RouteAsync_SenderListedByTwoCompanies_Ambiguous()
    {
        var store = Acme(["ap@supplier.example"]).With("beta", new MailboxSettings(true, "beta2token99", ["ap@supplier.example"], null));

        Assert.Equal(MailRefusalCode.AmbiguousRouting, (await Router(store).RouteAsync(Headers("ap@supplier.example", "x"), default)).Refusal?.Code);
    }

    [Fact]
    public async Task RouteAsync_MailboxTurnedOff_RefusedForTheCompany()
    {
        var store = new InMemoryMailboxSettings().With("acme", new MailboxSettings(false, Token, [], null));

        var route = await Router(store).RouteAsync(Headers("a@b.example", $"[inv-{Token}]"), default);

        Assert.Equal("acme", route.Company?.Value);
        Assert.Equal(MailRefusalCode.MailboxDisabled, route.Refusal?.Code);
    }

    [Fact]
    public async Task RouteAsync_RotatedToken_OldTokenNoLongerRoutes()
    {
        var store = new InMemoryMailboxSettings().With("acme", new MailboxSettings(true, "newtoken2345", [], null)).WithStaleToken("acme", Token);

        var route = await Router(store).RouteAsync(Headers("a@b.example", $"[inv-{Token}]"), default);

        Assert.Equal(MailRefusalCode.UnknownSender, route.Refusal?.Code);
    }

    [Theory]
    [InlineData("Re: [inv-abc123] and [inv-def456]", "", "abc123,def456")]
    [InlineData("no tag [inv-ab] [inv-]", "invoices+xy@host.example,plain@host.example,a+b+tok3n99@h.example", "tok3n99")]
    [InlineData("", "", "")]
    public void Find_SubjectAndRecipients_Tokens(string subject, string recipients, string expected)
    {
        var tokens = MailTokens.Find(new MailHeaders(null, null, recipients.Split(',', StringSplitOptions.RemoveEmptyEntries), subject, null));

        Assert.Equal(expected, string.Join(",", tokens.Select(t => t.Token)));
    }

    [Theory]
    [InlineData(" AP@Supplier.Example ", "ap@supplier.example")]
    [InlineData("@Partner.Example", "@partner.example")]
    [InlineData("@localhost", null)]
    [InlineData("not an address", null)]
    [InlineData("a@b@c.example", null)]
    [InlineData("", null)]
    public void Normalize_Entries_LowerCaseOrRefused(string entry, string? expected) => Assert.Equal(expected, MailboxSettings.Normalize(entry));

    private static InMemoryMailboxSettings Acme(IReadOnlyList<string>? senders = null) =>
        new InMemoryMailboxSettings().With("acme", new MailboxSettings(true, Token, senders ?? [], null));

    private static MailRouter Router(InMemoryMailboxSettings store) => new(store);

    private static MailHeaders Headers(string from, string subject, params string[] recipients) =>
        new("m-1@x.example", from, recipients.Length == 0 ? ["invoices@invoicefunctions.localhost"] : recipients, subject, null);
}
