namespace InvoiceFunctions.Adapters.Storage;

/// <summary>The product's blob containers.</summary>
public static class ContainerNames
{
    /// <summary>Write-once archive objects, "{company}/{sha256}"; in Azure under a 10-year immutability policy (infra/).</summary>
    public const string Archive = "archive";

    /// <summary>
    /// Working documents of sales documents: drafts "{company}/{invoice}/draft-{sha256}.json", rendered files "{company}/{invoice}/rendered/{name}",
    /// dunning letters and the collection file "{company}/{invoice}/dunning/{name}", and the PDF of each sent quote, write-once
    /// "{company}/quotes/{quote}/{name}" (the one the customer received).
    /// </summary>
    public const string Documents = "documents";

    /// <summary>Bank statements dropped as "{company}/{name}" (camt.053 or CSV; "{company}/{account}/{name}" names a CSV's account).</summary>
    public const string Bank = "bank";

    /// <summary>Refused input kept as received with its reason: "{company}/{kind}/{id}/original" and ".../reason.json".</summary>
    public const string Quarantine = "quarantine";

    /// <summary>Delivery status notifications (.eml) about our mails, put there by the inbound mailbox: each one is read once (blob trigger, Event Grid source).</summary>
    public const string DeliveryReports = "delivery-reports";

    /// <summary>Invoices uploaded for import as "{company}/{name}" (Factur-X / ZUGFeRD PDF, CII or UBL XML): each blob version is imported once.</summary>
    public const string Inbox = "inbox";

    /// <summary>Raw inbound messages (.eml) as a mail-to-blob flow drops them, any name: each one is handled once by the inbound mailbox (blob trigger, Event Grid source).</summary>
    public const string MailInbox = "mail-inbox";

    /// <summary>
    /// Per-company template assets: the current logo "{company}/logo.png", ".jpg" or ".svg" (format sniffed from the bytes), and every logo a document
    /// was frozen with, write-once under its hash "{company}/logos/{sha256}" (an issued invoice or a sent quote always draws that one).
    /// </summary>
    public const string Templates = "templates";

    public static readonly IReadOnlyList<string> All = [Archive, Documents, Bank, Quarantine, DeliveryReports, Inbox, MailInbox, Templates];
}
