using System.Text.Json.Nodes;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.LocalHost.Tests.EndToEnd;

public sealed class StartErrorTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private string appCopy = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        appCopy = Path.Combine(Path.GetTempPath(), "lh-start-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Repository.TestAppFolder, appCopy);
    }

    public async Task DisposeAsync()
    {
        await azurite.DisposeAsync();
        Directory.Delete(appCopy, recursive: true);
    }

    [Theory]
    [InlineData("Ping", "serviceBusTrigger", "trigger type 'serviceBusTrigger' is not supported")]
    [InlineData("Echo", "queue", "binding 'extra' of type 'queue' (Out) is not supported")]
    public async Task UnsupportedBinding_StopsTheStart_NamingTheFunction(string function, string bindingType, string reason)
    {
        var metadataPath = Path.Combine(appCopy, "functions.metadata");
        var functions = JsonNode.Parse(File.ReadAllText(metadataPath))!.AsArray();
        var bindings = functions.Single(f => f!["name"]!.GetValue<string>() == function)!["bindings"]!.AsArray();
        if (bindingType.EndsWith("Trigger", StringComparison.Ordinal))
        {
            bindings[0]!["type"] = bindingType;
        }
        else
        {
            bindings.Add(new JsonObject { ["name"] = "extra", ["type"] = bindingType, ["direction"] = "Out", ["queueName"] = "x" });
        }

        File.WriteAllText(metadataPath, functions.ToJsonString());
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, "broken", appFolder: appCopy, waitUntilHealthy: false);

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exitCode);
        Assert.Contains($"Function '{function}' cannot be hosted: {reason}", host.Output, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
