using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// The reminder mails shipped for each language, in Liquid with the delivery mails' fields (<see cref="EmailTemplateModel"/>)
/// plus <c>dunning.kind, step, daysLate, daysBeforeDue, fees, feeDocument, letter</c> (the attached reminder letter's file name), <c>payment.reference</c> (the RF creditor reference),
/// <c>payment.link, qrCode</c> (the attached EPC QR code's file name) and <c>statement.count, items (number, dueDate, amountDue), more, total</c>.
/// </summary>
public static class DunningEmailTemplates
{
    public static readonly EmailTemplate French = new(
        """
        {% case dunning.kind %}{% when "PreDueNotice" %}Échéance prochaine de la facture {{ invoice.number }}{% when "FirmReminder" %}Relance ferme : facture {{ invoice.number }} impayée{% when "FormalNotice" %}Mise en demeure de payer la facture {{ invoice.number }}{% when "Collection" %}Facture {{ invoice.number }} transmise au recouvrement{% else %}Rappel : facture {{ invoice.number }} impayée{% endcase %}
        """,
        """
        Bonjour,

        {% if dunning.daysLate > 0 %}Sauf erreur de notre part, la facture {{ invoice.number }} du {{ invoice.issueDate }}, échue le {{ invoice.dueDate }}, reste impayée depuis {{ dunning.daysLate }} jour(s).{% else %}La facture {{ invoice.number }} du {{ invoice.issueDate }} arrive à échéance le {{ invoice.dueDate }}, dans {{ dunning.daysBeforeDue }} jour(s).{% endif %}

        Montant restant dû : {{ invoice.amountDue }}.
        Référence de paiement à indiquer : {{ payment.reference }}.
        {% if dunning.letter != blank %}Notre lettre de relance est jointe ({{ dunning.letter }}).
        {% endif %}        {% if payment.link != blank %}Payer en ligne : {{ payment.link }}
        {% endif %}{% if payment.qrCode != blank %}Pour payer par virement SEPA, scannez le QR code joint ({{ payment.qrCode }}) avec votre application bancaire.
        {% endif %}{% if statement.count > 0 %}
        Relevé de compte, vos factures ouvertes :
        {% for item in statement.items %}- {{ item.number }}, échéance {{ item.dueDate }} : {{ item.amountDue }}
        {% endfor %}{% if statement.more > 0 %}- et {{ statement.more }} autre(s)
        {% endif %}Total restant dû : {{ statement.total }}
        {% endif %}        {% if dunning.kind == "FormalNotice" %}
        Nous vous mettons en demeure de régler cette somme sous huit jours. À défaut, des pénalités de retard au taux légal et l'indemnité forfaitaire pour frais de recouvrement seront exigibles.
        {% endif %}{% if dunning.feeDocument != blank %}
        Pénalités de retard et indemnité forfaitaire pour frais de recouvrement : {{ dunning.fees }} (facture {{ dunning.feeDocument }}).
        {% endif %}
        Si vous avez réglé cette facture entre-temps, merci de ne pas tenir compte de ce message.

        Cordialement,
        {{ company.name }}
        """);

    public static readonly EmailTemplate English = new(
        """
        {% case dunning.kind %}{% when "PreDueNotice" %}Invoice {{ invoice.number }} falls due soon{% when "FirmReminder" %}Final reminder: invoice {{ invoice.number }} is unpaid{% when "FormalNotice" %}Formal notice to pay invoice {{ invoice.number }}{% when "Collection" %}Invoice {{ invoice.number }} handed over to collection{% else %}Reminder: invoice {{ invoice.number }} is unpaid{% endcase %}
        """,
        """
        Hello,

        {% if dunning.daysLate > 0 %}According to our records, invoice {{ invoice.number }} of {{ invoice.issueDate }}, due on {{ invoice.dueDate }}, has been unpaid for {{ dunning.daysLate }} day(s).{% else %}Invoice {{ invoice.number }} of {{ invoice.issueDate }} falls due on {{ invoice.dueDate }}, in {{ dunning.daysBeforeDue }} day(s).{% endif %}

        Amount due: {{ invoice.amountDue }}.
        Payment reference: {{ payment.reference }}.
        {% if dunning.letter != blank %}Our reminder letter is attached ({{ dunning.letter }}).
        {% endif %}        {% if payment.link != blank %}Pay online: {{ payment.link }}
        {% endif %}{% if payment.qrCode != blank %}To pay by SEPA transfer, scan the attached QR code ({{ payment.qrCode }}) with your banking app.
        {% endif %}{% if statement.count > 0 %}
        Statement of account, your open invoices:
        {% for item in statement.items %}- {{ item.number }}, due {{ item.dueDate }}: {{ item.amountDue }}
        {% endfor %}{% if statement.more > 0 %}- and {{ statement.more }} more
        {% endif %}Total still due: {{ statement.total }}
        {% endif %}        {% if dunning.kind == "FormalNotice" %}
        Please pay this amount within eight days. Failing that, late-payment interest and the fixed recovery indemnity will be due.
        {% endif %}{% if dunning.feeDocument != blank %}
        Late-payment interest and fixed recovery indemnity: {{ dunning.fees }} (invoice {{ dunning.feeDocument }}).
        {% endif %}
        If you have paid this invoice in the meantime, please disregard this message.

        Kind regards,
        {{ company.name }}
        """);

    public static EmailTemplate For(string language) => language == "fr" ? French : English;
}
