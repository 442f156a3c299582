using System.Net;
using System.Text.Json;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Quote -> signed link -> order -> deposit, partial and final invoices -> issued, over HTTP on Azurite.</summary>
public sealed class QuotesAndOrdersApiTests : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private readonly int year = DateTime.UtcNow.Year;

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task QuoteAcceptedByLink_OrderInvoicedAsDepositPartialFinal_FinalDeductsTheDeposit()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var quote = await app.CreatedAsync(key, "api/companies/acme/quotes", new { content = SalesSetup.Draft(3), conditions = "Valable 30 jours." });
        var quoteId = quote.GetProperty("id").GetString()!;
        var sent = await app.OkAsync(key, $"api/companies/acme/quotes/{quoteId}/send", new { });
        var link = new Uri(sent.GetProperty("acceptLink").GetString()!).PathAndQuery.TrimStart('/');
        var viewed = await ProductApp.ExpectAsync(HttpStatusCode.OK, await app.SendAsync(HttpMethod.Get, link, null));
        var tampered = await app.SendAsync(HttpMethod.Post, link[..^2] + (link[^2] == 'A' ? "B" : "A") + link[^1] + "/accept", null, new { });
        var accepted = await ProductApp.ExpectAsync(HttpStatusCode.OK, await app.SendAsync(HttpMethod.Post, link + "/accept", null, new { }));
        var acceptedAgain = await ProductApp.ExpectAsync(HttpStatusCode.OK, await app.SendAsync(HttpMethod.Post, link + "/accept", null, new { }));
        var declineAfter = await app.SendAsync(HttpMethod.Post, link + "/decline", null, new { });

        Assert.Equal(2484.60m, quote.GetProperty("amounts").GetProperty("taxInclusive").GetDecimal());
        Assert.Equal($"D-{year}-000001", sent.GetProperty("number").GetString());
        Assert.Equal("Sent", viewed.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        var orderId = accepted.GetProperty("orderId").GetString()!;
        Assert.Equal(orderId, acceptedAgain.GetProperty("orderId").GetString());
        Assert.Equal(HttpStatusCode.Conflict, declineAfter.StatusCode);

        var deposit = await app.CreatedAsync(key, $"api/companies/acme/orders/{orderId}/invoices", new { depositPercent = 30 });
        var partial = await app.CreatedAsync(key, $"api/companies/acme/orders/{orderId}/invoices", new { lines = new[] { new { line = 1, quantity = 1 } } });
        var final = await app.CreatedAsync(key, $"api/companies/acme/orders/{orderId}/invoices", new { });
        var nothingLeft = await app.SendAsync(HttpMethod.Post, $"api/companies/acme/orders/{orderId}/invoices", key, new { });

        // 30 % of 2070.50 = 621.15 net, 745.38 with VAT; one day 780.00; the rest 1704.60 less the deposit: 959.22 due.
        Assert.Equal(745.38m, Amounts(deposit).GetProperty("taxInclusive").GetDecimal());
        Assert.Equal(780m, Amounts(partial).GetProperty("taxInclusive").GetDecimal());
        Assert.Equal(1704.60m, Amounts(final).GetProperty("taxInclusive").GetDecimal());
        Assert.Equal(959.22m, Amounts(final).GetProperty("due").GetDecimal());
        Assert.Equal(["Deposit", "Partial", "Final"], final.GetProperty("order").GetProperty("invoices").EnumerateArray().Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal("Invoiced", final.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, nothingLeft.StatusCode);

        var depositId = deposit.GetProperty("invoice").GetProperty("id").GetString()!;
        var finalId = final.GetProperty("invoice").GetProperty("id").GetString()!;
        foreach (var id in new[] { depositId, finalId })
        {
            await ProductApp.ExpectAsync(HttpStatusCode.Accepted, await app.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{id}/issue", key, new { }));
        }

        await Eventually.HoldsAsync(
            async () => (await Task.WhenAll(new[] { depositId, finalId }.Select(async id => (await app.OkAsync(key, $"api/companies/acme/invoices/{id}")).GetProperty("status").GetString()))).All(s => s == "Issued"),
            TimeSpan.FromMinutes(2),
            "deposit and final invoices issued");
        var depositDocument = await DocumentAsync(key, depositId);
        var finalDocument = await DocumentAsync(key, finalId);
        Assert.Equal(InvoiceTypeCode.Prepayment, depositDocument.TypeCode);
        Assert.Equal(orderId, finalDocument.SalesOrderReference);
        Assert.Equal(745.38m, finalDocument.Totals.PrepaidAmount);
        Assert.Equal(959.22m, finalDocument.Totals.AmountDue);

        // Delivery runs beside (no SMTP server here: invoice.delivery_failed may come at any point after an issue).
        var feed = (await app.OkAsync(key, "api/companies/acme/events")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString())
            .Where(t => !t!.StartsWith("invoice.delivery", StringComparison.Ordinal)).ToList();
        Assert.Equal(["quote.sent", "quote.accepted", "invoice.issued", "invoice.issued"], feed);
    }

    [Fact]
    public async Task QuoteDeclinedByApi_NoOrder_AndBadRequestsExplained()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var quoteId = (await app.CreatedAsync(key, "api/companies/acme/quotes", new { content = SalesSetup.Draft(1) })).GetProperty("id").GetString()!;
        var acceptDraft = await app.SendAsync(HttpMethod.Post, $"api/companies/acme/quotes/{quoteId}/accept", key, new { });
        await app.OkAsync(key, $"api/companies/acme/quotes/{quoteId}/send", new { });
        var declined = await app.OkAsync(key, $"api/companies/acme/quotes/{quoteId}/decline", new { });
        var badValidity = await app.SendAsync(HttpMethod.Post, "api/companies/acme/quotes", key, new { content = SalesSetup.Draft(1), validUntil = "2001-01-01" });
        var orders = (await app.OkAsync(key, "api/companies/acme/orders")).GetProperty("items").EnumerateArray();
        var otherCompany = await app.SendAsync(HttpMethod.Get, $"api/companies/other/quotes/{quoteId}", key);

        Assert.Equal(HttpStatusCode.Conflict, acceptDraft.StatusCode);
        Assert.Equal("Declined", declined.GetProperty("status").GetString());
        Assert.False(declined.TryGetProperty("orderId", out _));
        Assert.Empty(orders);
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, badValidity);
        Assert.Equal("validUntil", Assert.Single(problem.GetProperty("errors").EnumerateArray()).GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.NotFound, otherCompany.StatusCode);
    }

    private static JsonElement Amounts(JsonElement created) => created.GetProperty("invoice").GetProperty("amounts");

    private async Task<Invoice> DocumentAsync(string key, string id)
    {
        var response = await app.SendAsync(HttpMethod.Get, $"api/companies/acme/invoices/{id}/documents/facturx", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return FacturXReader.Read(await response.Content.ReadAsByteArrayAsync()).Read!.Invoice;
    }
}
