using InvoiceFunctions.Adapters;
using InvoiceFunctions.Application;
using InvoiceFunctions.Application.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InvoiceFunctions.Ledger.Benchmarks;

/// <summary>The app's application services and storage adapters, composed as the function app composes them.</summary>
public static class AppServicesOnAzurite
{
    public static async Task<ServiceProvider> StartAsync(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = connectionString }).Build();
        var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .Configure<SecurityOptions>(o => o.ApiKeyPepper = new string('p', 32))
            .AddApplicationServices()
            .AddStorageAdapters()
            .BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return provider;
    }
}
