using InvoiceFunctions.Adapters;
using InvoiceFunctions.Application;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InvoiceFunctions.Ledger.Tests.Support;

/// <summary>
/// One "app instance": its own service provider and storage clients on the shared Azurite, registered exactly as the
/// function app registers them. Two of these on one account are two instances competing for the same rows.
/// </summary>
public sealed class AppInstance : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private AppInstance(ServiceProvider provider) => this.provider = provider;

    /// <param name="configure">More registrations or options (SMTP, delivery) before the provider is built.</param>
    public static async Task<AppInstance> StartAsync(string connectionString, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["Security:ApiKeyPepper"] = "test-pepper-0123456789-0123456789-0123456789",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.Configure<Application.Security.SecurityOptions>(o => o.ApiKeyPepper = configuration["Security:ApiKeyPepper"]!);
        services.Configure<Application.Payments.PaymentsOptions>(o => o.WebhookSigningKey = "test-webhook-signing-key-0123456789-0123456789");
        services.AddApplicationServices();
        services.AddStorageAdapters();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return new AppInstance(provider);
    }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    /// <summary>Registers a company with a customer "c1" and a supplier "s1".</summary>
    public async Task<CompanyId> CompanyAsync(string id)
    {
        await Get<CompanyService>().CreateAsync(new NewCompany(id, id.ToUpperInvariant(), null, null, "FR"), CancellationToken.None);
        var company = CompanyId.Parse(id);
        var contacts = Get<ContactService>();
        await contacts.AddAsync(company, new NewParty("c1", PartyRole.Customer, "Customer One", null, null, "ap@c1.test", "FR"), CancellationToken.None);
        await contacts.AddAsync(company, new NewParty("s1", PartyRole.Supplier, "Supplier One", "552100554", null, null, "FR"), CancellationToken.None);
        return company;
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
