using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Adapters.Tables;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Idempotency;
using InvoiceFunctions.Application.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InvoiceFunctions.Adapters;

/// <summary>Registers the Azure Storage adapters behind the application's ports.</summary>
public static class StorageAdapters
{
    public static IServiceCollection AddStorageAdapters(this IServiceCollection services)
    {
        services.AddSingleton<StorageClients>();
        services.AddSingleton<IHostedService, StorageProvisioner>();
        services.AddSingleton<ICompanyStore, TableCompanyStore>();
        services.AddSingleton<IApiKeyStore, TableApiKeyStore>();
        services.AddSingleton<IIdempotencyStore, TableIdempotencyStore>();
        return services;
    }
}
