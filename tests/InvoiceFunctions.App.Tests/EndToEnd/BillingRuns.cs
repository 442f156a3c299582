using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Billing runs and recurring invoices through the product app's API: start a run (on any host), wait for its report, read a company's invoices.</summary>
internal sealed class BillingRuns(ProductApp app)
{
    public async Task<JsonElement> RunAsync() => await WaitAsync(await StartAsync(), TimeSpan.FromSeconds(90));

    public async Task<string> StartAsync(HostProcess? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/billing-runs") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("x-functions-key", HostProcess.MasterKey);
        return (await ProductApp.ExpectAsync(HttpStatusCode.Created, await (host ?? app.Host).Http.SendAsync(request))).GetProperty("id").GetString()!;
    }

    /// <summary>Waits until the run completes; returns its report.</summary>
    public async Task<JsonElement> WaitAsync(string id, TimeSpan timeout)
    {
        JsonElement run = default;
        await Eventually.HoldsAsync(
            async () =>
            {
                run = await AdminGetAsync($"api/admin/billing-runs/{id}");
                return run.GetProperty("status").GetString() is "Completed" or "Failed";
            },
            timeout,
            $"billing run {id} ends");
        Assert.Equal("Completed", run.GetProperty("status").GetString());
        return run.GetProperty("summary");
    }

    /// <summary>The subscription's ETag as a GET answers it (for If-Match).</summary>
    public async Task<string> ETagAsync(string key, string id)
    {
        var read = await app.SendAsync(HttpMethod.Get, $"api/companies/acme/subscriptions/{id}", key);
        await ProductApp.ExpectAsync(HttpStatusCode.OK, read);
        return read.Headers.GetValues("ETag").Single();
    }

    /// <summary>PUT .../subscriptions/{id} with <paramref name="ifMatch"/> (none when null).</summary>
    public Task<HttpResponseMessage> PutAsync(string key, string id, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"api/companies/acme/subscriptions/{id}") { Content = JsonContent.Create(body, body.GetType()) };
        request.Headers.Authorization = new("Bearer", key);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return app.Host.Http.SendAsync(request);
    }

    public async Task<JsonElement> AdminGetAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", HostProcess.MasterKey);
        return await ProductApp.ExpectAsync(HttpStatusCode.OK, await app.Host.Http.SendAsync(request));
    }

    public async Task<List<JsonElement>> InvoicesAsync(string key, string company = "acme")
    {
        var all = new List<JsonElement>();
        string? continuation = null;
        do
        {
            var page = await app.OkAsync(key, $"api/companies/{company}/invoices?pageSize=1000" + (continuation is null ? "" : "&continuation=" + Uri.EscapeDataString(continuation)));
            all.AddRange(page.GetProperty("items").EnumerateArray());
            continuation = page.TryGetProperty("continuation", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (continuation is not null);
        return all;
    }

    /// <summary>Waits until every invoice of the company is issued and there are <paramref name="count"/> of them.</summary>
    public async Task<List<JsonElement>> IssuedAsync(string key, int count, TimeSpan timeout, string company = "acme")
    {
        await Eventually.HoldsAsync(
            async () => (await InvoicesAsync(key, company)).Count(i => i.GetProperty("status").GetString() == "Issued") >= count, timeout, $"{count} invoices issued");
        return (await InvoicesAsync(key, company)).Where(i => i.GetProperty("status").GetString() == "Issued").ToList();
    }

    public Task<JsonElement> CreateMonthlyAsync(string key, string id, DateOnly start, decimal unitPrice, int quantity = 1, string company = "acme") =>
        app.CreatedAsync(key, $"api/companies/{company}/subscriptions", new
        {
            id,
            customerId = "martin",
            currency = "EUR",
            lines = new[] { new { description = $"Plan {id}", quantity, unitPrice, vatRatePercent = 20 } },
            schedule = new { unit = "Month", interval = 1, anchor = start.ToString("yyyy-MM-dd") },
            start = start.ToString("yyyy-MM-dd"),
        });
}
