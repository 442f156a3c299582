using System.Globalization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Dunning;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Rendering.Payment;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// Composes a step's reminder (the customer's language, the company's sender) and hands it to the mail transport the
/// deliveries use, with the step's reminder letter as a PDF (<see cref="DunningReminderPdf"/>) and the EPC QR code as a PNG.
/// </summary>
public sealed class DunningMailer(
    CompanyService companies,
    EmailSettingsService settings,
    IMailSender mail,
    MailRoutes routes,
    IDunningStepStore steps,
    ILedgerStore ledger,
    BillingProfileService profiles,
    DunningPolicyService policies,
    DunningReminderPdf letters,
    IOptions<DeliveryOptions> options,
    IOptions<DunningOptions> dunningOptions,
    ILogger<DunningMailer> logger)
{
    /// <returns>The mail, or why none can be sent (no address, no SMTP server...).</returns>
    /// <param name="customer">The invoice's customer as the caller just read it (one read less per step).</param>
    /// <param name="feeDocument">The number of the step's fee document, when it has fees.</param>
    public async Task<(OutgoingMail? Mail, string? Problem)> ComposeAsync(
        LedgerInvoice invoice, Party? customer, string instance, PlannedStep step, string? feeDocument, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(customer?.Email) || !EmailSettingsService.IsAddress(customer.Email))
        {
            return (null, $"The customer '{invoice.CounterpartyId}' has no valid e-mail address.");
        }

        var email = await settings.GetAsync(invoice.Company, cancellationToken);
        var (route, routeProblem) = routes.For(invoice.Company, email.Smtp);
        if (routeProblem is not null)
        {
            return (null, routeProblem);
        }

        var company = await companies.GetAsync(invoice.Company, cancellationToken);
        var sender = EmailSettingsService.SenderAddressOf(email, options.Value);
        if (sender is null)
        {
            return (null, "No sender address: set senderAddress in the company's e-mail settings (or Delivery__DefaultSenderAddress).");
        }

        var language = DeliveryLanguage.For(customer);
        var (extras, attachments) = await ExtrasAsync(invoice, customer, company, language, cancellationToken);
        if (await letters.RenderAsync(invoice, step, feeDocument, cancellationToken) is { } letter)
        {
            (extras, attachments) = (extras with { LetterFile = letter.FileName }, [letter, .. attachments]);
        }

        var (subject, body) = EmailTemplateRenderer.Render(DunningEmailTemplates.For(language), Model(invoice, customer, company, language, step, feeDocument, extras));
        var messageId = $"{instance}.{step.Key}@{sender[(sender.LastIndexOf('@') + 1)..]}";
        return (new OutgoingMail(messageId, email.SenderName ?? company.Name, sender, email.ReplyTo, customer.Email.Trim(), subject, body, attachments, Route: route), null);
    }

    /// <summary>The customer's open items, the payment link, and the EPC QR code of the amount due (to the billing profile's IBAN) as a PNG.</summary>
    private async Task<(DunningMailExtras Extras, IReadOnlyList<MailAttachment> Attachments)> ExtrasAsync(
        LedgerInvoice invoice, Party customer, Company company, string language, CancellationToken cancellationToken)
    {
        var page = await ledger.QueryAsync(invoice.Company, new InvoiceQuery(CounterpartyId: customer.Id, Direction: InvoiceDirection.Sales, PageSize: 200), cancellationToken);
        var open = DunningMailExtras.Open(page.Items.Where(i => i.Amounts.Currency == invoice.Amounts.Currency));
        var reference = Reference(invoice);
        var policy = await policies.ForCustomerAsync(invoice.Company, customer, cancellationToken);
        var profile = await profiles.GetAsync(invoice.Company, cancellationToken);
        var payload = EpcQrPayload.For(company.Name, profile.Iban, profile.Bic, invoice.Balance, invoice.Amounts.Currency, reference);
        var file = payload is null ? null : language == "fr" ? "virement-sepa.png" : "sepa-transfer.png";
        var attachments = payload is null ? [] : new[] { new MailAttachment(file!, "image/png", QrCodePng.Render(payload)) };
        return (new DunningMailExtras(open, DunningMailExtras.Link(policy.PaymentLink, invoice, reference), file), attachments);
    }

    private static string Reference(LedgerInvoice invoice) => CreditorReference.TryCreate(invoice.Number, out var rf) ? rf.Value : invoice.Number ?? "";

    /// <summary>Sends the claimed step's mail.</summary>
    /// <returns>Sent, or failed with the server's refusal.</returns>
    /// <exception cref="MailTransientException">Nothing was accepted: the claim is released for the retry.</exception>
    public async Task<(DunningStepState State, string? Detail)> SendAsync(DunningStepRecord claim, OutgoingMail message, CancellationToken cancellationToken)
    {
        try
        {
            await mail.SendAsync(message, cancellationToken);
            logger.StepSent(claim.Company.Value, claim.InvoiceId, claim.StepKey, message.To, message.MessageId);
            if (dunningOptions.Value.CrashAfterSend)
            {
                Environment.FailFast($"Dunning__CrashAfterSend: test-only crash after the SMTP accept of {claim.IdempotencyKey}");
            }
            return (DunningStepState.Sent, null);
        }
        catch (MailTransientException ex)
        {
            logger.StepTransient(claim.Company.Value, claim.InvoiceId, claim.StepKey, ex.Message);
            await steps.DeleteAsync(claim, CancellationToken.None);
            throw;
        }
        catch (MailRejectedException ex)
        {
            logger.StepFailed(claim.Company.Value, claim.InvoiceId, claim.StepKey, ex.Message);
            return (DunningStepState.Failed, ex.Message);
        }
    }

    /// <summary>The delivery mails' fields, plus the step, the RF reference to pay with, the payment link and QR code, and the statement of account.</summary>
    public static IReadOnlyDictionary<string, object> Model(
        LedgerInvoice invoice, Party customer, Company company, string language, PlannedStep step, string? feeDocument = null, DunningMailExtras? extras = null)
    {
        extras ??= DunningMailExtras.None;
        var culture = CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB");
        var dateFormat = language == "fr" ? "dd/MM/yyyy" : "d MMMM yyyy";
        string Money(decimal amount) => amount.ToString("N2", culture) + " " + invoice.Amounts.Currency;
        var model = new Dictionary<string, object>(EmailTemplateModel.For(invoice, customer, company, language))
        {
            ["dunning"] = new Dictionary<string, object>
            {
                ["kind"] = step.Kind.ToString(),
                ["step"] = step.Key,
                ["daysLate"] = step.DaysLate,
                ["daysBeforeDue"] = Math.Max(0, invoice.DueDate!.Value.DayNumber - step.Date.DayNumber),
                ["fees"] = Money(step.Fees),
                ["feeDocument"] = feeDocument ?? "",
                ["letter"] = extras.LetterFile ?? "",
            },
            ["payment"] = new Dictionary<string, object>
            {
                ["reference"] = Reference(invoice),
                ["link"] = extras.PaymentLink ?? "",
                ["qrCode"] = extras.QrCodeFile ?? "",
            },
            ["statement"] = new Dictionary<string, object>
            {
                ["count"] = extras.OpenItems.Count,
                ["more"] = Math.Max(0, extras.OpenItems.Count - DunningMailExtras.MaxItems),
                ["total"] = Money(extras.OpenItems.Sum(i => i.Balance)),
                ["items"] = extras.OpenItems.Take(DunningMailExtras.MaxItems).Select(i => new Dictionary<string, object>
                {
                    ["number"] = i.Number ?? "",
                    ["dueDate"] = i.DueDate?.ToString(dateFormat, culture) ?? "",
                    ["amountDue"] = Money(i.Balance),
                }).ToList(),
            },
        };
        return model;
    }
}
