namespace InvoiceFunctions.Adapters.Storage;

/// <summary>The product's tables. Partition keys keep one company's rows together.</summary>
public static class TableNames
{
    public const string Companies = "Companies";
    public const string ApiKeys = "ApiKeys";
    public const string Idempotency = "Idempotency";

    /// <summary>Principals and their roles per company: partition = principal id.</summary>
    public const string Memberships = "Memberships";

    /// <summary>Invoices, their history, numbering counters, duplicate fingerprints, settings and the integrators' event feed: partition = company, so one transaction covers them.</summary>
    public const string Ledger = "Ledger";

    public const string Contacts = "Contacts";
    public const string Products = "Products";

    /// <summary>The archive hash chain per company: head, entries, daily roots.</summary>
    public const string ArchiveChain = "ArchiveChain";

    /// <summary>Each company's dunning policy: partition = company.</summary>
    public const string DunningPolicies = "DunningPolicies";

    /// <summary>The steps taken by each invoice's dunning (the claims of their idempotency keys): partition = company, row "{invoiceId}|{stepKey}".</summary>
    public const string DunningSteps = "DunningSteps";

    /// <summary>The daily dunning digests sent to each company (one per company-local day): partition = company, row "yyyy-MM-dd".</summary>
    public const string DunningDigests = "DunningDigests";

    /// <summary>Subscriptions: partition = company.</summary>
    public const string Subscriptions = "Subscriptions";

    /// <summary>The due index of active subscriptions by next invoice date, across companies.</summary>
    public const string SubscriptionsDue = "SubscriptionsDue";

    /// <summary>Claims of billed periods (subscription + period start): one invoice per period.</summary>
    public const string SubscriptionPeriods = "SubscriptionPeriods";

    /// <summary>Reports of billing runs: partition "run" (every run) or company (its share), newest first.</summary>
    public const string BillingRuns = "BillingRuns";

    /// <summary>Invoices in the issue pipeline, across companies, for the sweeper.</summary>
    public const string IssuesInFlight = "IssuesInFlight";

    /// <summary>Quotes and their number counters: partition = company.</summary>
    public const string Quotes = "Quotes";

    /// <summary>Orders with their remaining quantities and claimed invoices: partition = company.</summary>
    public const string Orders = "Orders";

    /// <summary>Delivery attempts per invoice and channel: partition = company, row "{invoiceId}|{channel}|{attempt:0000}".</summary>
    public const string Deliveries = "Deliveries";

    /// <summary>Message-IDs of delivery mails -> their attempt (partition = SHA-256 of the Message-ID), for bounces.</summary>
    public const string DeliveryMessages = "DeliveryMessages";

    /// <summary>Each company's delivery settings (row "email"): partition = company.</summary>
    public const string DeliverySettings = "DeliverySettings";

    /// <summary>Quarantined input, one row per item (partition = company, row = item id): kind, reason, state.</summary>
    public const string Quarantine = "Quarantine";

    /// <summary>Intake claims: partition = company, row = SHA-256 of the source key -> the reserved invoice id and, once done, the result.</summary>
    public const string Intake = "Intake";

    /// <summary>Partners allowed to post webhooks (partition "partner", row = partner id) and their receipts per webhook-id (partition "receipt|{partner}").</summary>
    public const string Partners = "Partners";

    /// <summary>Each company's inbound mailbox settings (row "mailbox"): partition = company.</summary>
    public const string MailboxSettings = "MailboxSettings";

    /// <summary>Routing indexes of the inbound mailbox: token and allowed sender -> companies.</summary>
    public const string MailboxRoutes = "MailboxRoutes";

    /// <summary>Intake records of inbound messages: receipts by message key, and per company.</summary>
    public const string InboundMail = "InboundMail";

    /// <summary>Each company's delivery connectors (webhook, SFTP, HTTP export): partition = company, row = connector id.</summary>
    public const string Connectors = "Connectors";

    public static readonly IReadOnlyList<string> All =
    [
        Companies, ApiKeys, Idempotency, Memberships, Ledger, Contacts, Products, ArchiveChain, DunningPolicies, DunningSteps, DunningDigests, Subscriptions, SubscriptionsDue, SubscriptionPeriods, BillingRuns,
        IssuesInFlight, Quotes, Orders, Deliveries, DeliveryMessages, DeliverySettings, Quarantine, Intake, Partners, MailboxSettings, MailboxRoutes, InboundMail, Connectors,
    ];
}
