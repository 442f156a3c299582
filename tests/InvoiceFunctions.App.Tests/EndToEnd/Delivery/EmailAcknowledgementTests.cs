using System.Net;
using System.Text.RegularExpressions;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// The "confirm receipt" link of a mail end to end: read from the mail in MailDev, followed (GET, as a browser does, then
/// POST): opening it only shows a confirm button (a mail scanner confirms nothing); the button or a POST makes the e-mail
/// attempt Acknowledged with one ledger event; a tampered link is 404.
/// </summary>
public sealed partial class EmailAcknowledgementTests : IAsyncLifetime
{
    private const string PublicBaseUrl = "https://invoices.example.test";

    private readonly DeliveryApp delivery = new(new Dictionary<string, string> { ["Delivery__PublicBaseUrl"] = PublicBaseUrl });

    public Task InitializeAsync() => delivery.InitializeAsync();

    public Task DisposeAsync() => delivery.DisposeAsync();

    [Fact]
    public async Task ConfirmReceiptLink_OpenedTwiceChangesNothing_TheButtonThenAPostConfirmOnceInTheHistory()
    {
        var (id, number, _) = await delivery.IssuedInvoiceAsync("fr1");
        await delivery.EnqueueAsync(id);
        await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Sent", "the mail is sent");
        var text = (await delivery.Mail.EmailsAsync()).Single().GetProperty("text").GetString()!;
        var link = LinkRegex().Match(text);

        // The link names the API's public address; the test host answers the same path on its own port.
        var path = new Uri(link.Value).AbsolutePath.TrimStart('/');
        var token = path.Split('/')[2];
        var tampered = await delivery.App.SendAsync(HttpMethod.Get, path.Replace(token, (token[0] == 'A' ? "B" : "A") + token[1..], StringComparison.Ordinal), key: null);
        // Opening the link (a person, or a mail scanner following every link) only shows the confirm button.
        var first = await delivery.App.SendAsync(HttpMethod.Get, path, key: null);
        var page = await first.Content.ReadAsStringAsync();
        var again = await delivery.App.SendAsync(HttpMethod.Get, path, key: null);
        var afterOpening = (await delivery.DeliveriesAsync(id)).Single().GetProperty("state").GetString();
        using var button = await delivery.App.Host.Http.PostAsync(path, new FormUrlEncodedContent([]));
        var confirmedPage = await button.Content.ReadAsStringAsync();
        var reopened = await (await delivery.App.SendAsync(HttpMethod.Get, path, key: null)).Content.ReadAsStringAsync();
        var posted = await ProductApp.ExpectAsync(HttpStatusCode.OK, await delivery.App.SendAsync(HttpMethod.Post, path, key: null));
        var records = await delivery.DeliveriesAsync(id);
        var history = await delivery.HistoryAsync(id);

        Assert.True(link.Success, text);
        Assert.Contains($"Pour confirmer la réception de cette facture : {PublicBaseUrl}/api/deliveries/", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/html", first.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form method=\"post\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Sent", afterOpening);
        Assert.Equal(HttpStatusCode.OK, button.StatusCode);
        Assert.Contains("réception de la facture est confirmée", confirmedPage, StringComparison.Ordinal);
        Assert.Contains("déjà confirmée", reopened, StringComparison.Ordinal);
        Assert.Equal("Acknowledged", posted.GetProperty("state").GetString());
        Assert.Equal("Acknowledged", records.Single().GetProperty("state").GetString());
        Assert.Single(history, e => e.GetProperty("type").GetString() == "Acknowledged");
        Assert.Equal($"{id}.1@invoicefunctions.localhost: confirmed by the receiver", history.Single(e => e.GetProperty("type").GetString() == "Acknowledged").GetProperty("detail").GetString());
        Assert.Equal("Acknowledged", (await delivery.App.OkAsync(delivery.Key, $"api/companies/acme/invoices/{id}")).GetProperty("status").GetString());
        Assert.NotNull(number);
    }

    [GeneratedRegex(@"https://invoices\.example\.test/api/deliveries/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+/acknowledgement")]
    private static partial Regex LinkRegex();
}
