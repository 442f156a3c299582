using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceFunctions.TestFunctionApp;

/// <summary>The app's service registration, called by Program.cs under the Functions host and by the local host.</summary>
public static class TestAppServices
{
    public static IServiceCollection AddTestApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new TableServiceClient(configuration["AzureWebJobsStorage"]));
        services.AddSingleton(new HostTag(configuration["TEST_HOST_TAG"] ?? "host"));
        services.AddSingleton<EffectLog>();
        return services;
    }
}
