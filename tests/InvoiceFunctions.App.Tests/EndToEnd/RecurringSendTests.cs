using System.Net;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>
/// A subscription's send preference through the local host (MailDev): its invoices are issued either way; with
/// <c>send: false</c> none is handed to delivery until the company asks for it.
/// </summary>
public sealed class RecurringSendTests : IAsyncLifetime
{
    private readonly RecurringMailApp host = new();

    private ProductApp app => host.App;

    private BillingRuns runs => host.Runs;

    private MailDev mail => host.Mail;

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task SendFalse_InvoiceIssuedButNotMailed_UntilAResend_TheDefaultIsMailed()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1);
        await runs.CreateMonthlyAsync(key, "mailed", start, 10m);
        var quiet = await app.CreatedAsync(key, "api/companies/acme/subscriptions", new
        {
            id = "quiet",
            customerId = "martin",
            currency = "EUR",
            lines = new[] { new { description = "Plan quiet", quantity = 1, unitPrice = 20m, vatRatePercent = 20 } },
            schedule = new { unit = "Month", interval = 1, anchor = start.ToString("yyyy-MM-dd") },
            start = start.ToString("yyyy-MM-dd"),
            send = false,
        });

        await runs.RunAsync();
        await runs.IssuedAsync(key, 2, TimeSpan.FromMinutes(2));
        var mailed = await InvoiceOfAsync(key, "mailed");
        var held = await InvoiceOfAsync(key, "quiet");
        await Eventually.HoldsAsync(async () => (await mail.EmailsAsync()).Count > 0, TimeSpan.FromMinutes(1), "the mailed subscription's invoice");
        await Task.Delay(TimeSpan.FromSeconds(5)); // time for a wrongly sent second mail to arrive
        var first = await mail.EmailsAsync();
        var heldDeliveries = (await app.OkAsync(key, $"api/companies/acme/invoices/{held.Id}/deliveries")).GetProperty("items").GetArrayLength();

        // The company sends the held invoice when it wants.
        Assert.Equal(HttpStatusCode.Accepted, (await app.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{held.Id}/deliveries", key, new { })).StatusCode);
        await Eventually.HoldsAsync(async () => (await mail.EmailsAsync()).Count == 2, TimeSpan.FromMinutes(1), "the held invoice once asked for");

        Assert.False(quiet.GetProperty("send").GetBoolean());
        Assert.Equal("Issued", held.Status);
        Assert.Contains(mailed.Number, Assert.Single(first).GetProperty("subject").GetString()!, StringComparison.Ordinal);
        Assert.Equal(0, heldDeliveries);
        Assert.Contains(await mail.EmailsAsync(), m => m.GetProperty("subject").GetString()!.Contains(held.Number, StringComparison.Ordinal));
    }

    private async Task<(string Id, string Number, string Status)> InvoiceOfAsync(string key, string subscription)
    {
        var item = (await app.OkAsync(key, $"api/companies/acme/subscriptions/{subscription}/invoices")).GetProperty("items").EnumerateArray().Single();
        var id = item.GetProperty("invoiceId").GetString()!;
        var invoice = await app.OkAsync(key, $"api/companies/acme/invoices/{id}");
        return (id, invoice.GetProperty("number").GetString()!, invoice.GetProperty("status").GetString()!);
    }
}
