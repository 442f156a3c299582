using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>The product app in the local host on Azurite: companies, API keys, tenant isolation, idempotency, problems.</summary>
public sealed class CompanyApiTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Security__ApiKeyPepper"] = "test-pepper-0123456789-0123456789-0123456789",
        ["Payments__WebhookSigningKey"] = ProductApp.WebhookSigningKey,
    };
    private Azurite azurite = null!;
    private HostProcess host = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        host = await HostProcess.StartAsync(azurite.ConnectionString, "app", Settings, Repository.ProductAppFolder);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task CreateCompany_IssueKey_GetCompanyWithThatKey()
    {
        var created = await AdminPostAsync("api/admin/companies", new { id = "acme", name = "ACME SARL", siren = "732829320", vatId = "FR44732829320", countryCode = "FR" });
        var key = await IssueKeyAsync("acme");

        var response = await GetCompanyAsync("acme", key);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/companies/acme", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var company = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ACME SARL", company.GetProperty("name").GetString());
        Assert.Equal("732829320", company.GetProperty("siren").GetString());
    }

    [Fact]
    public async Task GetCompany_NoKeyWrongKeyOrOtherTenantsKey_IsRefused()
    {
        await AdminPostAsync("api/admin/companies", new { id = "acme", name = "ACME", countryCode = "FR" });
        await AdminPostAsync("api/admin/companies", new { id = "globex", name = "Globex", countryCode = "FR" });
        var globexKey = await IssueKeyAsync("globex");
        var acmeKey = await IssueKeyAsync("acme");

        var noKey = await GetCompanyAsync("acme", null);
        var wrongSecret = await GetCompanyAsync("acme", acmeKey[..^4] + "AAAA");
        var otherTenant = await GetCompanyAsync("acme", globexKey);

        await AssertProblemAsync(noKey, 401);
        await AssertProblemAsync(wrongSecret, 401);
        await AssertProblemAsync(otherTenant, 404);
        Assert.Equal(HttpStatusCode.OK, (await GetCompanyAsync("acme", acmeKey)).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("function")]
    public async Task AdminRoutes_WithoutTheMasterKey_401(string? keyKind)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/companies") { Content = JsonContent.Create(new { id = "acme", name = "ACME", countryCode = "FR" }) };
        if (keyKind == "function")
        {
            var keys = await host.Http.GetFromJsonAsync<JsonElement>($"admin/host/keys?code={HostProcess.MasterKey}");
            request.Headers.Add("x-functions-key", keys.GetProperty("keys")[0].GetProperty("value").GetString());
        }

        await AssertProblemAsync(await host.Http.SendAsync(request), 401);
    }

    [Fact]
    public async Task CreateCompany_InvalidFields_400ListingEachField()
    {
        var response = await AdminPostAsync("api/admin/companies", new { id = "Bad Id", name = "", siren = "123456789", countryCode = "France" });

        var problem = await AssertProblemAsync(response, 400);
        var paths = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order();
        Assert.Equal(["countryCode", "id", "name", "siren"], paths);
    }

    [Fact]
    public async Task CreateCompany_MalformedJson_400()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/companies") { Content = new StringContent("{\"id\": ", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("x-functions-key", HostProcess.MasterKey);

        await AssertProblemAsync(await host.Http.SendAsync(request), 400);
    }

    [Fact]
    public async Task CreateCompany_SameIdempotencyKey_ReplaysTheFirstAnswer_OtherBody422()
    {
        var body = new { id = "initech", name = "Initech", countryCode = "FR" };
        var first = await AdminPostAsync("api/admin/companies", body, "create-initech-1");
        var retry = await AdminPostAsync("api/admin/companies", body, "create-initech-1");
        var reused = await AdminPostAsync("api/admin/companies", new { id = "initech2", name = "Initech 2", countryCode = "FR" }, "create-initech-1");
        var withoutKey = await AdminPostAsync("api/admin/companies", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        await AssertProblemAsync(reused, 422);
        await AssertProblemAsync(withoutKey, 409);
    }

    [Fact]
    public async Task IssueApiKey_SameIdempotencyKey_IssuesOneKey()
    {
        await AdminPostAsync("api/admin/companies", new { id = "acme", name = "ACME", countryCode = "FR" });

        var first = await (await AdminPostAsync("api/admin/companies/acme/keys", new { name = "erp" }, "key-erp")).Content.ReadFromJsonAsync<JsonElement>();
        var retry = await (await AdminPostAsync("api/admin/companies/acme/keys", new { name = "erp" }, "key-erp")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(first.GetProperty("keyId").GetString(), retry.GetProperty("keyId").GetString());
        Assert.Equal("Admin", first.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Start_WithoutApiKeyPepper_StopsWithTheSettingNamed()
    {
        await using var unconfigured = await HostProcess.StartAsync(
            azurite.ConnectionString, "bad", new Dictionary<string, string> { ["Security__ApiKeyPepper"] = "short" }, Repository.ProductAppFolder, waitUntilHealthy: false);

        Assert.Equal(2, await unconfigured.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("ApiKeyPepper", unconfigured.Output, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> AdminPostAsync(string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("x-functions-key", HostProcess.MasterKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await host.Http.SendAsync(request);
    }

    private async Task<string> IssueKeyAsync(string company)
    {
        var response = await AdminPostAsync($"api/admin/companies/{company}/keys", new { name = "tests", role = "Admin" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private Task<HttpResponseMessage> GetCompanyAsync(string company, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"api/companies/{company}");
        if (key is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        return host.Http.SendAsync(request);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
