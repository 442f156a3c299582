namespace InvoiceFunctions.Application.Delivery;

/// <summary>The templates shipped for each language; a company replaces any of them in its settings.</summary>
public static class DefaultEmailTemplates
{
    public static readonly IReadOnlyList<string> Languages = ["fr", "en"];

    public static readonly EmailTemplate French = new(
        "Facture {{ invoice.number }} de {{ company.name }}",
        """
        Bonjour,

        Veuillez trouver ci-joint la facture {{ invoice.number }} du {{ invoice.issueDate }}, d'un montant de {{ invoice.total }}{% if invoice.dueDate != blank %}, à régler au plus tard le {{ invoice.dueDate }}{% endif %}.

        Montant restant dû : {{ invoice.amountDue }}.

        Cordialement,
        {{ company.name }}
        """);

    public static readonly EmailTemplate English = new(
        "Invoice {{ invoice.number }} from {{ company.name }}",
        """
        Hello,

        Please find attached invoice {{ invoice.number }} of {{ invoice.issueDate }} for {{ invoice.total }}{% if invoice.dueDate != blank %}, due by {{ invoice.dueDate }}{% endif %}.

        Amount due: {{ invoice.amountDue }}.

        Kind regards,
        {{ company.name }}
        """);

    public static readonly EmailTemplate QuoteFrench = new(
        "Devis {{ quote.number }} de {{ company.name }}",
        """
        Bonjour,

        Veuillez trouver ci-joint notre devis {{ quote.number }}, d'un montant de {{ quote.total }}, valable jusqu'au {{ quote.validUntil }}.

        Pour l'accepter ou le refuser en ligne : {{ quote.acceptLink }}

        Cordialement,
        {{ company.name }}
        """);

    public static readonly EmailTemplate QuoteEnglish = new(
        "Quote {{ quote.number }} from {{ company.name }}",
        """
        Hello,

        Please find attached our quote {{ quote.number }} for {{ quote.total }}, valid until {{ quote.validUntil }}.

        To accept or decline it online: {{ quote.acceptLink }}

        Kind regards,
        {{ company.name }}
        """);

    /// <summary>The body with the receiver's "confirm receipt" link after it, unless the template placed it already (or there is none).</summary>
    public static string WithAcknowledgementLink(string body, string? url, string language) =>
        url is null || body.Contains(url, StringComparison.Ordinal)
            ? body
            : body.TrimEnd() + "\n\n" + (language == "fr" ? $"Pour confirmer la réception de cette facture : {url}" : $"To confirm that you received this invoice: {url}") + "\n";

    public static EmailTemplate For(string language) => language == "fr" ? French : English;

    public static EmailTemplate QuoteFor(string language) => language == "fr" ? QuoteFrench : QuoteEnglish;

    public static EmailSettings Settings { get; } = new(
        null, null, null, EmailAttachments.FacturX, new Dictionary<string, EmailTemplate> { ["fr"] = French, ["en"] = English },
        new Dictionary<string, EmailTemplate> { ["fr"] = QuoteFrench, ["en"] = QuoteEnglish });
}
