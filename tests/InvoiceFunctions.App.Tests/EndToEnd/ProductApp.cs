using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Azurite and the product app in a local host process, with helpers to call it as a master key or an API key.</summary>
public sealed class ProductApp : IAsyncLifetime
{
    public static readonly Dictionary<string, string> Settings = new()
    {
        ["Security__ApiKeyPepper"] = "test-pepper-0123456789-0123456789-0123456789",

        // A killed host keeps its queue messages leased for 10 minutes: the tests let the sweeper take over sooner.
        ["Issuing__StallAfter"] = "00:00:05",
        ["Payments__WebhookSigningKey"] = WebhookSigningKey,

        // No SMTP server unless a test starts MailDev: a stray server on the sample's port must not receive test mail.
        ["Smtp__Host"] = "",

        // No dunning unless a test turns it on: other features' invoices may be past due and would get reminders in their history.
        ["Dunning__Enabled"] = "false",
    };

    public const string WebhookSigningKey = "test-webhook-signing-key-0123456789-0123456789";

    /// <summary>The settings of the hosts this app starts: <see cref="Settings"/> plus what a test adds before starting (or restarting) one.</summary>
    public Dictionary<string, string> HostSettings { get; } = new(Settings);

    public Azurite Azurite { get; private set; } = null!;

    public HostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await Azurite.StartAsync();
        Host = await HostProcess.StartAsync(Azurite.ConnectionString, "app", HostSettings, Repository.ProductAppFolder);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }

    /// <summary>Kills the host process (no graceful shutdown, as a crash) and starts a new one on the same storage.</summary>
    public async Task RestartHostAsync()
    {
        Host.Kill();
        await Host.DisposeAsync();
        Host = await HostProcess.StartAsync(Azurite.ConnectionString, "app-restarted", HostSettings, Repository.ProductAppFolder);
    }

    /// <summary>Starts one more host on the same storage (the caller disposes it): two instances of the app sharing the work.</summary>
    public Task<HostProcess> StartHostAsync(string name) => HostProcess.StartAsync(Azurite.ConnectionString, name, HostSettings, Repository.ProductAppFolder);

    /// <summary>Registers a company with a customer "c1" and a supplier "s1"; returns an Admin key (its principal is new).</summary>
    public async Task<(string Key, string PrincipalId)> CompanyAsync(string id)
    {
        Assert.Equal(HttpStatusCode.Created, (await AdminPostAsync("api/admin/companies", new { id, name = id.ToUpperInvariant(), countryCode = "FR" })).StatusCode);
        var (key, principal) = await KeyAsync(id, "Admin");
        await CreatedAsync(key, $"api/companies/{id}/contacts", new { id = "c1", role = "Customer", name = "Customer One", countryCode = "FR" });
        await CreatedAsync(key, $"api/companies/{id}/contacts", new { id = "s1", role = "Supplier", name = "Supplier One", countryCode = "FR" });
        return (key, principal);
    }

    public async Task<(string Key, string PrincipalId)> KeyAsync(string company, string role, string? principalId = null)
    {
        var response = await AdminPostAsync($"api/admin/companies/{company}/keys", new { name = "tests", role, principalId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("key").GetString()!, body.GetProperty("principalId").GetString()!);
    }

    public Task<HttpResponseMessage> AdminPostAsync(string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("x-functions-key", HostProcess.MasterKey);
        return Host.Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, object? body = null, string? idempotencyKey = null, HttpClient? http = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return (http ?? Host.Http).SendAsync(request);
    }

    public async Task<JsonElement> CreatedAsync(string key, string path, object body) => await ExpectAsync(HttpStatusCode.Created, await SendAsync(HttpMethod.Post, path, key, body));

    public async Task<JsonElement> OkAsync(string key, string path, object? body = null) =>
        await ExpectAsync(HttpStatusCode.OK, await SendAsync(body is null ? HttpMethod.Get : HttpMethod.Post, path, key, body));

    public async Task<JsonElement> ExpectOkAsync(HttpMethod method, string path, string key, object? body = null) =>
        await ExpectAsync(HttpStatusCode.OK, await SendAsync(method, path, key, body));

    public static async Task<JsonElement> ExpectAsync(HttpStatusCode status, HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {status}, got {response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
