using System.Net.Http.Json;
using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks;

/// <summary>The product app's company "bench" with an admin key and a customer "martin", and the API calls the scenarios make.</summary>
public static class BenchCompany
{
    /// <returns>The admin API key.</returns>
    public static async Task<string> CreateAsync(HostProcess host)
    {
        using var company = new HttpRequestMessage(HttpMethod.Post, "api/admin/companies") { Content = JsonContent.Create(new { id = "bench", name = "Bench SAS", countryCode = "FR" }) };
        company.Headers.Add("x-functions-key", HostProcess.MasterKey);
        (await host.Http.SendAsync(company)).EnsureSuccessStatusCode();
        using var keyRequest = new HttpRequestMessage(HttpMethod.Post, "api/admin/companies/bench/keys") { Content = JsonContent.Create(new { name = "bench", role = "Admin" }) };
        keyRequest.Headers.Add("x-functions-key", HostProcess.MasterKey);
        var key = (await (await host.Http.SendAsync(keyRequest)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        await SendAsync(host.Http, HttpMethod.Post, "api/companies/bench/contacts", key, new { id = "martin", role = "Customer", name = "Boulangerie Martin SARL", email = "compta@martin.example", countryCode = "FR" });
        return key;
    }

    /// <summary>An authorised call with a fresh Idempotency-Key; a failure throws with the answer.</summary>
    public static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, string key, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", key);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonDocument.Parse(text).RootElement.Clone() : throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
    }
}
