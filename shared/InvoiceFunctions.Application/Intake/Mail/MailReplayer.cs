using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>Releases a quarantined message (kind "mail") of a company: run again through the mailbox, routed to that company.</summary>
public sealed class MailReplayer(MailIntakeService mailbox) : IQuarantineReplayer
{
    public bool Handles(string kind) => kind == MailQuarantine.MessageKind;

    public async Task<string> ReplayAsync(CompanyId company, QuarantineItem item, byte[] content, CancellationToken cancellationToken)
    {
        var record = await mailbox.ReleaseAsync(company, item.Id, content, cancellationToken);
        return record.Outcome == MailOutcome.Quarantined
            ? $"Quarantined again as {record.QuarantineId}: {record.ReasonCode} {record.Reason}"
            : $"{record.Outcome}: " + string.Join(", ", record.Attachments.Select(a => $"{a.Name} {a.Outcome}{(a.InvoiceId is { } id ? " as " + id : "")}"));
    }
}
