using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.LocalHost.Tests.EndToEnd;

public sealed class HttpTriggerTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private HostProcess host = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        host = await HostProcess.StartAsync(azurite.ConnectionString, "http");
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Anonymous_NoKey_RunsTheFunction()
    {
        var response = await host.Http.GetFromJsonAsync<JsonElement>("api/ping");

        Assert.True(response.GetProperty("pong").GetBoolean());
        Assert.Equal("http", response.GetProperty("host").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task FunctionLevel_MissingOrWrongKey_401ProblemJson(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/echo/7") { Content = new StringContent("hello") };
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertProblemAsync(response, 401);
    }

    [Fact]
    public async Task FunctionLevel_FunctionKeyInHeaderOrQuery_BindsRouteBodyAndQuery()
    {
        var functionKey = await DefaultFunctionKeyAsync();

        var byHeader = new HttpRequestMessage(HttpMethod.Post, "api/echo/7?q=x") { Content = new StringContent("hello") };
        byHeader.Headers.Add("x-functions-key", functionKey);
        var viaHeader = await (await host.Http.SendAsync(byHeader)).Content.ReadFromJsonAsync<JsonElement>();
        var viaQuery = await (await host.Http.PostAsync($"api/echo/8?code={Uri.EscapeDataString(functionKey)}", new StringContent("again"))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(7, viaHeader.GetProperty("id").GetInt32());
        Assert.Equal("hello", viaHeader.GetProperty("body").GetString());
        Assert.Equal("x", viaHeader.GetProperty("query").GetString());
        Assert.Equal(8, viaQuery.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task FromBody_JsonBody_BindsToTheParameter()
    {
        var response = await host.Http.PostAsJsonAsync("api/echo-json", new { id = "x1", fail = true });

        var echoed = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("x1", echoed.GetProperty("id").GetString());
        Assert.True(echoed.GetProperty("fail").GetBoolean());
    }

    [Fact]
    public async Task FunctionLevel_RouteConstraintNotMet_404ProblemJson()
    {
        var response = await host.Http.PostAsync($"api/echo/abc?code={HostProcess.MasterKey}", new StringContent(""));

        await AssertProblemAsync(response, 404);
    }

    [Fact]
    public async Task AdminLevel_FunctionKey401_MasterKey200()
    {
        var functionKey = await DefaultFunctionKeyAsync();

        var withFunctionKey = await host.Http.GetAsync($"api/admin-only?code={Uri.EscapeDataString(functionKey)}");
        var withMasterKey = await host.Http.GetAsync($"api/admin-only?code={HostProcess.MasterKey}");

        Assert.Equal(HttpStatusCode.Unauthorized, withFunctionKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withMasterKey.StatusCode);
    }

    [Fact]
    public async Task FailingFunction_500ProblemJsonWithoutInternals()
    {
        var response = await host.Http.GetAsync("api/boom");

        var problem = await AssertProblemAsync(response, 500);
        Assert.DoesNotContain("always fails", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("This function always fails.", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongMethod_404ProblemJson_AsTheFunctionsHost()
    {
        var response = await host.Http.DeleteAsync("api/ping");

        await AssertProblemAsync(response, 404);
    }

    private async Task<string> DefaultFunctionKeyAsync()
    {
        var keys = await host.Http.GetFromJsonAsync<JsonElement>($"admin/host/keys?code={HostProcess.MasterKey}");
        return keys.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("name").GetString() == "default").GetProperty("value").GetString()!;
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("type").GetString()));
        return problem;
    }
}
