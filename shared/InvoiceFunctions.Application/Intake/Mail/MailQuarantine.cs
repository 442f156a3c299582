using System.Security.Cryptography;
using System.Text;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Payments;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>
/// Puts what the mailbox refuses in quarantine: a whole message (kind "mail", under the company it was routed to, or
/// "_unknown"), or one attachment (kind "mail-part"). Item ids are derived from the message key (and the part path,
/// and the release that ran it), so a retried message puts its item once. A company's items are announced on its
/// event feed ("intake.quarantined").
/// </summary>
public sealed class MailQuarantine(IQuarantineStore store, IOutboundEventStore events, TimeProvider time, ILogger<MailQuarantine> logger)
{
    public const string UnknownCompany = "_unknown";
    public const string MessageKind = "mail";
    public const string PartKind = "mail-part";

    public async Task<InboundMailRecord> MessageAsync(InboundMailRecord record, CompanyId? company, MailRefusal refusal, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
    {
        var name = record.Source.StartsWith(Sources.MailInboxPrefix, StringComparison.Ordinal) ? record.Source[(record.Source.LastIndexOf('/') + 1)..] : $"{record.Key[..16]}.eml";
        var id = IdOf("m", record.Key, record.Source.StartsWith(Sources.ReleasePrefix, StringComparison.Ordinal) ? record.Source : "");
        await PutAsync(company, MessageKind, name, raw, refusal, record, id, cancellationToken);
        logger.Quarantined(record.Key, record.From, record.Source, id, refusal.Code, refusal.Message);
        return record with { Outcome = MailOutcome.Quarantined, ReasonCode = refusal.Code, Reason = refusal.Message, QuarantineId = id };
    }

    public async Task<MailAttachmentResult> PartAsync(InboundMailRecord record, CompanyId company, RefusedPart part, CancellationToken cancellationToken)
    {
        var id = IdOf("p", record.Key, part.Path);
        await PutAsync(company, PartKind, part.Name, part.Content, part.Refusal, record, id, cancellationToken);
        logger.AttachmentRefused(record.Key, part.Path, part.Refusal.Code, id);
        return new MailAttachmentResult(part.Path, part.Name, IntakeOutcome.Quarantined, null, id, part.Refusal.Message, null, part.Refusal.Code);
    }

    private async Task PutAsync(
        CompanyId? company, string kind, string name, ReadOnlyMemory<byte> content, MailRefusal refusal, InboundMailRecord record, string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var details = new[] { $"key: {record.Key}", $"message-id: {record.MessageId}", $"from: {record.From}", $"subject: {record.Subject}", $"routed by: {record.RoutedBy}", $"source: {record.Source}" };
        await store.PutAsync(company?.Value ?? UnknownCompany, kind, name, content, new QuarantineReason(refusal.Code.ToString(), refusal.Message, refusal.Location, details, now), cancellationToken, id);
        if (company is { } known)
        {
            await events.PublishAsync(known, new OutboundEvent($"{id}.quarantined", "intake.quarantined", now, id, null, $"{refusal.Code}: {refusal.Message}"), cancellationToken);
        }
    }

    /// <summary>"m-" or "p-" and 40 hex of SHA-256 over the key and what tells items of one message apart: a valid quarantine id (and row key).</summary>
    private static string IdOf(string prefix, string key, string part) =>
        $"{prefix}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}|{part}")))[..40]}";
}
