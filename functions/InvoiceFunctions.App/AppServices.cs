using InvoiceFunctions.Adapters;
using InvoiceFunctions.Adapters.Mail;
using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Intake.Mail;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Application.Recurring;
using InvoiceFunctions.Application.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InvoiceFunctions.App;

/// <summary>
/// The app's whole service registration: Program.cs calls it under the Functions host, the local host calls
/// it through the assembly's "FunctionsServices" metadata. One place, so both run the same app.
/// </summary>
public static class AppServices
{
    public static IServiceCollection AddInvoiceFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IssuingOptions>().Bind(configuration.GetSection(IssuingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DunningOptions>().Bind(configuration.GetSection(DunningOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RecurringOptions>().Bind(configuration.GetSection(RecurringOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PaymentsOptions>().Bind(configuration.GetSection(PaymentsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailboxOptions>().Bind(configuration.GetSection(MailboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddApplicationServices();
        services.AddStorageAdapters();
        services.AddSingleton<IdempotentRequests>();
        services.AddSingleton<CompanyRequests>();
        return services;
    }
}
