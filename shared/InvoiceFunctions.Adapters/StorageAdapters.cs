using InvoiceFunctions.Application.Recurring;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Adapters.Blobs;
using InvoiceFunctions.Adapters.Connectors;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Adapters.Queues;
using InvoiceFunctions.Application.Intake;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Partners;
using InvoiceFunctions.Application.Orders;
using InvoiceFunctions.Application.Quotes;
using InvoiceFunctions.Adapters.Mail;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Intake.Mail;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Adapters.Tables;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Idempotency;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Application.Products;
using InvoiceFunctions.Application.Security;
using InvoiceFunctions.Application.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InvoiceFunctions.Adapters;

/// <summary>Registers the Azure Storage, SMTP and connector (webhook, SFTP, HTTP) adapters behind the application's ports (SmtpOptions are bound by the app).</summary>
public static class StorageAdapters
{
    public static IServiceCollection AddStorageAdapters(this IServiceCollection services)
    {
        services.AddSingleton<StorageClients>();
        services.AddSingleton<IHostedService, StorageProvisioner>();
        services.AddSingleton<ICompanyStore, TableCompanyStore>();
        services.AddSingleton<IApiKeyStore, TableApiKeyStore>();
        services.AddSingleton<IMembershipStore, TableMembershipStore>();
        services.AddSingleton<IIdempotencyStore, TableIdempotencyStore>();
        services.AddSingleton<ILedgerStore, TableLedgerStore>();
        services.AddSingleton<IPartyStore, TablePartyStore>();
        services.AddSingleton<IProductStore, TableProductStore>();
        services.AddSingleton<IArchiveChainStore, TableArchiveChainStore>();
        services.AddSingleton<IArchiveObjectStore, BlobArchiveObjectStore>();
        services.AddSingleton<IDunningPolicyStore, TableDunningPolicyStore>();
        services.AddSingleton<IDunningDigestStore, TableDunningDigestStore>();
        services.AddSingleton<IDunningStepStore, TableDunningStepStore>();
        services.AddSingleton<IDunningSignals, StorageDunningSignals>();
        services.AddSingleton<ISubscriptionStore, TableSubscriptionStore>();
        services.AddSingleton<IBillingRunStore, TableBillingRunStore>();
        services.AddSingleton<IBillingProfileStore, TableBillingProfileStore>();
        services.AddSingleton<IOutboundEventStore, TableOutboundEventStore>();
        services.AddSingleton<IDocumentStore, BlobDocumentStore>();
        services.AddSingleton<IDunningFileStore, BlobDunningFileStore>();
        services.AddSingleton<ICompanyLogoStore, BlobCompanyLogoStore>();
        services.AddSingleton<IIssueQueue, StorageIssueQueue>();
        services.AddSingleton<IIssueTracker, TableIssueTracker>();
        services.AddSingleton<IQuoteStore, TableQuoteStore>();
        services.AddSingleton<IQuotePdfStore, BlobQuotePdfStore>();
        services.AddSingleton<IOrderStore, TableOrderStore>();
        services.AddSingleton<IPaymentStore, TablePaymentStore>();
        services.AddSingleton<ICsvMappingStore, TableCsvMappingStore>();
        services.AddSingleton<IQuarantineStore, BlobQuarantineStore>();
        services.AddSingleton<IIntakeStore, TableIntakeStore>();
        services.AddSingleton<IPartnerStore, TablePartnerStore>();
        services.AddSingleton<IDeliveryStore, TableDeliveryStore>();
        services.AddSingleton<IEmailSettingsStore, TableEmailSettingsStore>();
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddSingleton<IMailSecrets, ConfigurationMailSecrets>();
        services.AddSingleton<IDeliveryQueue, StorageDeliveryQueue>();
        services.AddSingleton<IBounceReportReader, MimeBounceReportReader>();
        services.AddSingleton<IMailParser, MimeMailParser>();
        services.AddSingleton<IMailboxSettingsStore, TableMailboxSettingsStore>();
        services.AddSingleton<IInboundMailStore, TableInboundMailStore>();
        services.AddSingleton<IConnectorStore, TableConnectorStore>();
        services.AddSingleton<GuardedHttp>();
        services.AddSingleton<IConnectorTransport, WebhookTransport>();
        services.AddSingleton<IConnectorTransport, SftpTransport>();
        services.AddSingleton<IConnectorTransport, HttpExportTransport>();
        return services;
    }
}
