using System.Globalization;
using System.Net;
using System.Text.Json;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Recurring;
using InvoiceFunctions.Rendering.FacturX;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Cancelling a subscription now: the invoiced period's unused days credited once, through the issue pipeline.</summary>
public sealed class RecurringCancelTests : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private readonly BillingRuns runs;

    public RecurringCancelTests() => runs = new BillingRuns(app);

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task CancelNow_InvoicedPeriod_OneProratedCreditNoteReferencingTheInvoice_EvenWhenAskedTwiceAtOnce()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1);
        await runs.CreateMonthlyAsync(key, "gold", start, 49.99m, quantity: 2);
        await runs.RunAsync();
        var invoice = Assert.Single(await runs.IssuedAsync(key, 1, TimeSpan.FromMinutes(2)));

        // Two cancellations at once (two clients, two keys) and a retry of the one that won: one credit note.
        string[] keys = ["cancel-1", "cancel-2"];
        var answers = await Task.WhenAll(keys.Select(k => app.SendAsync(HttpMethod.Post, "api/companies/acme/subscriptions/gold/cancel?when=now", key, new { }, k)));
        var winner = keys[Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.OK)];
        var retry = await app.SendAsync(HttpMethod.Post, "api/companies/acme/subscriptions/gold/cancel?when=now", key, new { }, winner);
        var bad = await app.SendAsync(HttpMethod.Post, "api/companies/acme/subscriptions/gold/cancel?when=tomorrow", key, new { }, "cancel-3");

        var ok = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        Assert.NotEmpty(ok);
        foreach (var other in answers.Except(ok))
        {
            // The other found it cancelled (400) or lost a write race it reports (409); either way it changed nothing.
            Assert.True(other.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{other.StatusCode}: {await other.Content.ReadAsStringAsync()}");
        }

        var cancelled = await ProductApp.ExpectAsync(HttpStatusCode.OK, ok[0]);
        var creditId = cancelled.GetProperty("creditNoteId").GetString()!;
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(Day(today), cancelled.GetProperty("cancelledOn").GetString());
        Assert.Equal(Day(today.AddDays(-1)), cancelled.GetProperty("lastDay").GetString());
        Assert.Equal(creditId, (await ProductApp.ExpectAsync(HttpStatusCode.OK, retry)).GetProperty("creditNoteId").GetString());
        Assert.Equal(["query.when"], (await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, bad)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));

        var issued = await runs.IssuedAsync(key, 2, TimeSpan.FromMinutes(2));
        var credit = Assert.Single(issued, i => i.GetProperty("id").GetString() == creditId);
        var credited = await app.OkAsync(key, $"api/companies/acme/invoices/{invoice.GetProperty("id").GetString()}");
        var documents = (await app.OkAsync(key, "api/companies/acme/subscriptions/gold/invoices")).GetProperty("items").EnumerateArray().ToList();
        var xml = FacturXReader.Read(await DownloadAsync(key, creditId)).Read!.Invoice;
        var again = await runs.RunAsync();

        // The unused days [today, end of month] of 2 x 49.99 = 99.98 net, plus 20 % VAT.
        var period = new BillingPeriod(1, start, start.AddMonths(1), start, false);
        var net = Proration.UnusedCredit(period, 99.98m, today);
        var gross = net + Math.Round(net * 0.2m, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(2, issued.Count);
        Assert.Equal($"AV-{today.Year}-000001", credit.GetProperty("number").GetString());
        Assert.Equal(gross, credit.GetProperty("amounts").GetProperty("taxInclusive").GetDecimal());
        Assert.Equal(gross, credited.GetProperty("credited").GetDecimal());
        Assert.Equal(InvoiceTypeCode.CreditNote, xml.TypeCode);
        Assert.Equal(invoice.GetProperty("number").GetString(), Assert.Single(xml.PrecedingInvoices).Number); // BT-25
        Assert.Equal(new Period(today, start.AddMonths(1).AddDays(-1)), Assert.Single(xml.Lines).Period); // the unused days
        Assert.Equal([("Invoice", Day(start)), ("CreditNote", Day(start))], documents.Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("periodStart").GetString())));
        Assert.Equal(0, again.GetProperty("invoices").GetInt32());
    }

    private async Task<byte[]> DownloadAsync(string key, string id)
    {
        var response = await app.SendAsync(HttpMethod.Get, $"api/companies/acme/invoices/{id}/documents/facturx", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
