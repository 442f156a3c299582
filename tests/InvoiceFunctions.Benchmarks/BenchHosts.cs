using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks;

/// <summary>A fresh Azurite with 1 or 2 hosts of the product app on it, for one setup of a scenario; all stopped after.</summary>
public static class BenchHosts
{
    public static async Task RunAsync(int instances, string name, Dictionary<string, string> settings, Func<Azurite, List<HostProcess>, Task> body)
    {
        await using var azurite = await Azurite.StartAsync();
        var hosts = new List<HostProcess>();
        try
        {
            for (var i = 0; i < instances; i++)
            {
                hosts.Add(await HostProcess.StartAsync(azurite.ConnectionString, $"{name}-{i}", settings, Repository.ProductAppFolder));
            }

            await body(azurite, hosts);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }
}
