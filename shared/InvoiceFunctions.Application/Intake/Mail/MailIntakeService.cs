using System.Text.Json;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>
/// The one handler of inbound mail, whatever the door (blob in "mail-inbox", POST /api/inbound-email): limits, a
/// delivery report goes to the delivery workflow, routing, then each invoice attachment to the intake core under a
/// key made of the message key and the part path (a re-delivered message imports nothing twice). The .eml and the
/// decision go to the company's archive objects; the intake record keeps what happened. Every refusal is quarantined
/// (kind "mail") with its reason; nothing here throws for bad input, only for storage failures (which the door retries).
/// </summary>
public sealed class MailIntakeService(
    IMailParser parser, MailRouter router, InvoiceIntake intake, BounceService bounces, IQuarantineStore quarantine, IArchiveObjectStore archive,
    IInboundMailStore records, IOptions<MailboxOptions> options, TimeProvider time, ILogger<MailIntakeService> logger)
{
    public const string UnknownCompany = "_unknown";
    public const string QuarantineKind = "mail";

    private readonly MailboxOptions limits = options.Value;

    /// <summary>How much of a message is read and kept at most (4 times the limit): a larger one is quarantined as its first bytes, its size noted.</summary>
    public long KeepBytes => 4L * limits.MaxMessageBytes;

    /// <param name="size">The message's whole size; more than <paramref name="raw"/>'s length when only its first <see cref="KeepBytes"/> were read.</param>
    /// <returns>The intake record, and true when the message had been handled before (nothing done again).</returns>
    public async Task<(InboundMailRecord Record, bool Replayed)> ReceiveAsync(string source, ReadOnlyMemory<byte> raw, long size, CancellationToken cancellationToken)
    {
        var tooLarge = size > limits.MaxMessageBytes;
        ParsedMail? mail = null;
        MailRefusal? unreadable = null;
        try
        {
            mail = tooLarge ? new ParsedMail(parser.ReadHeaders(raw), false, []) : parser.Parse(raw, limits.MaxNestingDepth);
        }
        catch (MailFormatException ex)
        {
            unreadable = new MailRefusal(MailRefusalCode.MalformedMessage, ex.Message);
        }

        var headers = mail?.Headers ?? MailHeaders.Empty;
        var record = new InboundMailRecord(
            MailFingerprint.Of(headers, raw.Span), MailFingerprint.Sha256(raw.Span), source, time.GetUtcNow(), size, headers.MessageId, headers.From, Clip(headers.Subject),
            MailOutcome.Processed, null, null, null, null, null, false, null, [], []);
        if (await records.FindAsync(record.Key, cancellationToken) is { } earlier)
        {
            logger.Replayed(earlier.Key, source, earlier.Outcome);
            return (earlier, true);
        }

        var done = await HandleAsync(record, mail, unreadable, tooLarge, raw, cancellationToken);
        await records.SaveAsync(done, cancellationToken);
        return (done, false);
    }

    private async Task<InboundMailRecord> HandleAsync(
        InboundMailRecord record, ParsedMail? mail, MailRefusal? unreadable, bool tooLarge, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
    {
        if (mail is null)
        {
            return await QuarantineAsync(record, null, unreadable!, raw, cancellationToken);
        }

        if (mail.IsDeliveryReport)
        {
            return await DeliveryReportAsync(record, raw, cancellationToken);
        }

        var route = await router.RouteAsync(mail.Headers, cancellationToken);
        record = record with { Company = route.Company?.Value, RoutedBy = route.RoutedBy };
        if (tooLarge)
        {
            return await QuarantineAsync(record, route.Company, new MailRefusal(MailRefusalCode.MessageTooLarge, $"{record.Size} bytes (at most {limits.MaxMessageBytes})" + (record.Size > raw.Length ? $"; only the first {raw.Length} bytes are kept." : ".")), raw, cancellationToken);
        }

        if (route.Refusal is { } refused)
        {
            return await QuarantineAsync(record, route.Company, refused, raw, cancellationToken);
        }

        var company = route.Company!.Value;
        var scan = AttachmentCollector.Collect(mail, limits);
        if (scan.Refusal is null && scan.Documents.Count == 0 && scan.Refused.Count == 0)
        {
            scan = scan with { Refusal = new MailRefusal(MailRefusalCode.NoInvoiceAttachment, "No attachment is a PDF, an XML or a zip of those.") };
        }

        if (scan.Refusal is { } whole)
        {
            return await QuarantineAsync(record with { Ignored = scan.Ignored }, company, whole, raw, cancellationToken);
        }

        await archive.PutIfAbsentAsync(company, record.Sha256, raw, "message/rfc822", cancellationToken);
        var results = new List<MailAttachmentResult>();
        foreach (var document in scan.Documents)
        {
            var key = $"mail:{record.MessageId ?? record.Key}:{record.Key}:{document.Path}";
            var result = await intake.ImportAsync(company, new IntakeDocument(document.Name, document.Content, SourceChannel.Email, key), cancellationToken);
            results.Add(new MailAttachmentResult(document.Path, document.Name, result.Outcome, result.InvoiceId, result.QuarantineId, result.Reason, key));
        }

        foreach (var part in scan.Refused)
        {
            var id = await quarantine.PutAsync(company.Value, QuarantineKind, part.Name, part.Content, Reason(part.Refusal, record), cancellationToken);
            logger.AttachmentRefused(record.Key, part.Path, part.Refusal.Code, id);
            results.Add(new MailAttachmentResult(part.Path, part.Name, IntakeOutcome.Quarantined, null, id, part.Refusal.Message, null, part.Refusal.Code));
        }

        record = record with { Attachments = results, Ignored = scan.Ignored, Archived = true };
        var decision = JsonSerializer.SerializeToUtf8Bytes(record with { DecisionSha256 = null }, DecisionJson);
        var decisionSha = ArchiveHashes.Of(decision);
        await archive.PutIfAbsentAsync(company, decisionSha, decision, "application/json", cancellationToken);
        logger.Processed(record.Key, record.From, record.Source, company.Value, route.RoutedBy, scan.Documents.Count, scan.Refused.Count, scan.Ignored.Count);
        return record with { DecisionSha256 = decisionSha };
    }

    private async Task<InboundMailRecord> DeliveryReportAsync(InboundMailRecord record, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
    {
        var outcome = await bounces.HandleAsync(record.Source, raw, cancellationToken);
        logger.DeliveryReport(record.Key, record.Source, outcome.ToString());
        return outcome switch
        {
            BounceOutcome.Recorded or BounceOutcome.AlreadyBounced => record with { Outcome = MailOutcome.DeliveryReport, Reason = outcome.ToString() },
            BounceOutcome.UnknownMessage => await QuarantineAsync(
                record, null, new MailRefusal(MailRefusalCode.UnknownDeliveryReport, "A delivery status notification about a Message-ID that no delivery recorded."), raw, cancellationToken),
            _ => record with { Outcome = MailOutcome.Ignored, Reason = "A delivery status notification that reports no failure." },
        };
    }

    private async Task<InboundMailRecord> QuarantineAsync(InboundMailRecord record, CompanyId? company, MailRefusal refusal, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
    {
        var name = record.Source.Contains('/', StringComparison.Ordinal) ? record.Source[(record.Source.LastIndexOf('/') + 1)..] : $"{record.Key[..16]}.eml";
        var id = await quarantine.PutAsync(company?.Value ?? UnknownCompany, QuarantineKind, name, raw, Reason(refusal, record), cancellationToken);
        logger.Quarantined(record.Key, record.From, record.Source, id, refusal.Code, refusal.Message);
        return record with { Outcome = MailOutcome.Quarantined, ReasonCode = refusal.Code, Reason = refusal.Message, QuarantineId = id };
    }

    private QuarantineReason Reason(MailRefusal refusal, InboundMailRecord record) =>
        new(refusal.Code.ToString(), refusal.Message, refusal.Location,
            [$"key: {record.Key}", $"message-id: {record.MessageId}", $"from: {record.From}", $"subject: {record.Subject}", $"routed by: {record.RoutedBy}", $"source: {record.Source}"],
            time.GetUtcNow());

    private static string? Clip(string? subject) => subject is { Length: > 300 } ? subject[..300] : subject;

    private static readonly JsonSerializerOptions DecisionJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        WriteIndented = true,
    };
}
