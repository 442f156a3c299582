using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Intake;
using InvoiceFunctions.Application.Intake.Mail;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Orders;
using InvoiceFunctions.Application.Partners;
using InvoiceFunctions.Application.Quotes;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Application.Products;
using InvoiceFunctions.Application.Recurring;
using InvoiceFunctions.Application.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InvoiceFunctions.Application;

/// <summary>Registers the use cases (the ports' adapters are registered by the adapters project).</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddApplicationServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyHasher>();
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<CompanyAuthorizer>();
        services.AddSingleton<CompanyService>();
        services.AddSingleton<LedgerService>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<ProductService>();
        services.AddSingleton<ArchiveService>();
        services.AddSingleton<ArchiveVerifier>();
        services.AddSingleton<ArchiveExporter>();
        services.AddSingleton<DunningPolicyService>();
        services.AddSingleton<DunningNotifier>();
        services.AddSingleton<DunningMailer>();
        services.AddSingleton<DunningFees>();
        services.AddSingleton<DunningService>();
        services.AddSingleton<SubscriptionService>();
        services.AddSingleton<RecurringBilling>();
        services.AddSingleton<SubscriptionDocuments>();
        services.AddSingleton<SubscriptionCancellation>();
        services.AddSingleton<BillingRunHistory>();
        services.AddSingleton<DocumentSources>();
        services.AddSingleton<DraftService>();
        services.AddSingleton<IssuePipeline>();
        services.AddSingleton<BillingProfileService>();
        services.AddSingleton<QuoteLinks>();
        services.AddSingleton<QuoteService>();
        services.AddSingleton<OrderService>();
        services.AddSingleton<OpenInvoices>();
        services.AddSingleton<PaymentService>();
        services.AddSingleton<BankStatementImporter>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<PaymentWebhooks>();
        services.AddSingleton<ReceivablesService>();
        services.AddSingleton<EmailSettingsService>();
        services.AddSingleton<EmailDeliveryService>();
        services.AddSingleton<BounceService>();
        services.AddSingleton<MailRouter>();
        services.AddSingleton<MailboxSettingsService>();
        services.AddSingleton<MailQuarantine>();
        services.AddSingleton<MailIntakeService>();
        services.AddSingleton<IQuarantineReplayer, MailReplayer>();
        services.AddSingleton<IntakeCounterparties>();
        services.AddSingleton<IntakeQuarantine>();
        services.AddSingleton<Intake.Batch.BatchExpander>();
        services.AddSingleton<InvoiceIntake>();
        services.AddSingleton<IQuarantineReplayer, DocumentReplayer>();
        services.AddSingleton<QuarantineService>();
        services.AddSingleton<PartnerSecrets>();
        services.AddSingleton<PartnerService>();
        services.AddSingleton<PartnerWebhooks>();
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<ConnectorService>();
        services.AddSingleton<ConnectorDocuments>();
        services.AddSingleton<ConnectorDeliveryService>();
        services.AddSingleton<PostalDeliveryService>();
        services.AddSingleton<BounceCorrectionService>();
        services.AddSingleton<DeliveryDispatcher>();
        return services;
    }
}
