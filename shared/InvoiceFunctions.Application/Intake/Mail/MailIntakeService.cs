using System.Text.Json;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>
/// The one handler of inbound mail, whatever the door (blob in "mail-inbox", POST /api/inbound-email, a release from
/// quarantine): limits, a delivery report goes to the delivery workflow, routing, then each invoice attachment to the
/// intake core under a key made of the message key and the part path (a re-delivered message imports nothing twice).
/// The .eml and the decision go to the company's archive objects; the intake record keeps what happened. Every refusal
/// is quarantined with its reason; nothing here throws for bad input, only for storage failures (which the door retries).
/// </summary>
public sealed class MailIntakeService(
    IMailParser parser, MailRouter router, InvoiceIntake intake, BounceService bounces, MailQuarantine quarantine, IArchiveObjectStore archive,
    IInboundMailStore records, IOptions<MailboxOptions> options, TimeProvider time, ILogger<MailIntakeService> logger)
{
    private static readonly JsonSerializerOptions DecisionJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        WriteIndented = true,
    };

    private readonly MailboxOptions limits = options.Value;

    /// <summary>How much of a message is read and kept at most (4 times the limit): a larger one is quarantined as its first bytes, its size noted.</summary>
    public long KeepBytes => 4L * limits.MaxMessageBytes;

    /// <param name="source">"mail-inbox/{name}" or "http" (<see cref="Sources"/>).</param>
    /// <param name="size">The message's whole size; more than <paramref name="raw"/>'s length when only its first <see cref="KeepBytes"/> were read.</param>
    /// <returns>The intake record, and true when the message had been handled before (nothing done again).</returns>
    public async Task<(InboundMailRecord Record, bool Replayed)> ReceiveAsync(string source, ReadOnlyMemory<byte> raw, long size, CancellationToken cancellationToken)
    {
        var (record, mail, unreadable) = Read(source, raw, size);
        if (await records.FindAsync(record.Key, cancellationToken) is { } earlier)
        {
            logger.Replayed(earlier.Key, source, earlier.Outcome);
            return (earlier, true);
        }

        var done = await HandleAsync(record, mail, unreadable, null, raw, cancellationToken);
        await records.SaveAsync(done, cancellationToken);
        return (done, false);
    }

    /// <summary>
    /// A message the company released from quarantine (kind "mail"): the company vouches for it, so it is not routed
    /// again, but the limits still hold. Its record is replaced, so a later re-delivery answers with this outcome.
    /// </summary>
    public async Task<InboundMailRecord> ReleaseAsync(CompanyId company, string itemId, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
    {
        var (record, mail, unreadable) = Read(Sources.ReleasePrefix + itemId, raw, raw.Length);
        var done = await HandleAsync(record, mail, unreadable, new MailRoute(company, "released from quarantine", null), raw, cancellationToken);
        await records.SaveAsync(done, cancellationToken);
        return done;
    }

    private (InboundMailRecord Record, ParsedMail? Mail, MailRefusal? Unreadable) Read(string source, ReadOnlyMemory<byte> raw, long size)
    {
        ParsedMail? mail = null;
        MailRefusal? unreadable = null;
        try
        {
            mail = size > limits.MaxMessageBytes ? new ParsedMail(parser.ReadHeaders(raw), false, []) : parser.Parse(raw, limits.MaxNestingDepth);
        }
        catch (MailFormatException ex)
        {
            unreadable = new MailRefusal(MailRefusalCode.MalformedMessage, ex.Message);
        }

        var headers = mail?.Headers ?? MailHeaders.Empty;
        var subject = headers.Subject is { Length: > 300 } full ? full[..300] : headers.Subject;
        var record = new InboundMailRecord(
            MailFingerprint.Of(headers, raw.Span), MailFingerprint.Sha256(raw.Span), source, time.GetUtcNow(), size, headers.MessageId, headers.From, subject,
            MailOutcome.Processed, null, null, null, null, null, false, null, [], []);
        return (record, mail, unreadable);
    }

    private async Task<InboundMailRecord> HandleAsync(
        InboundMailRecord record, ParsedMail? mail, MailRefusal? unreadable, MailRoute? released, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
    {
        if (mail is null)
        {
            return await quarantine.MessageAsync(record, released?.Company, unreadable!, raw, cancellationToken);
        }

        if (mail.IsDeliveryReport && released is null)
        {
            return await DeliveryReportAsync(record, raw, cancellationToken);
        }

        var route = released ?? await router.RouteAsync(mail.Headers, cancellationToken);
        record = record with { Company = route.Company?.Value, RoutedBy = route.RoutedBy };
        if (record.Size > limits.MaxMessageBytes)
        {
            var kept = record.Size > raw.Length ? $"; only the first {raw.Length} bytes are kept." : ".";
            return await quarantine.MessageAsync(record, route.Company, new MailRefusal(MailRefusalCode.MessageTooLarge, $"{record.Size} bytes (at most {limits.MaxMessageBytes}){kept}"), raw, cancellationToken);
        }

        if (route.Refusal is { } refused)
        {
            return await quarantine.MessageAsync(record, route.Company, refused, raw, cancellationToken);
        }

        var company = route.Company!.Value;
        var scan = AttachmentCollector.Collect(mail, limits);
        if (scan.Refusal is null && scan.Documents.Count == 0 && scan.Refused.Count == 0)
        {
            scan = scan with { Refusal = new MailRefusal(MailRefusalCode.NoInvoiceAttachment, "No attachment is a PDF, an XML or a zip of those.") };
        }

        return scan.Refusal is { } whole
            ? await quarantine.MessageAsync(record with { Ignored = scan.Ignored }, company, whole, raw, cancellationToken)
            : await ImportAsync(record, company, scan, raw, cancellationToken);
    }

    private async Task<InboundMailRecord> ImportAsync(InboundMailRecord record, CompanyId company, AttachmentScan scan, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
    {
        await archive.PutIfAbsentAsync(company, record.Sha256, raw, "message/rfc822", cancellationToken);
        var results = new List<MailAttachmentResult>();
        foreach (var document in scan.Documents)
        {
            var key = $"mail:{record.MessageId ?? record.Key}:{record.Key}:{document.Path}";
            var result = await intake.ImportAsync(company, new IntakeDocument(document.Name, document.Content, SourceChannel.Email, key), cancellationToken);
            results.Add(new MailAttachmentResult(document.Path, document.Name, result.Outcome, result.InvoiceId, result.QuarantineId, result.Reason, key, IntakeCode: result.Code));
        }

        foreach (var part in scan.Refused)
        {
            results.Add(await quarantine.PartAsync(record, company, part, cancellationToken));
        }

        record = record with { Attachments = results, Ignored = scan.Ignored, Archived = true };
        var decision = JsonSerializer.SerializeToUtf8Bytes(record, DecisionJson);
        var decisionSha = ArchiveHashes.Of(decision);
        await archive.PutIfAbsentAsync(company, decisionSha, decision, "application/json", cancellationToken);
        logger.Processed(record.Key, record.From, record.Source, company.Value, record.RoutedBy, scan.Documents.Count, scan.Refused.Count, scan.Ignored.Count);
        return record with { DecisionSha256 = decisionSha };
    }

    private async Task<InboundMailRecord> DeliveryReportAsync(InboundMailRecord record, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
    {
        var outcome = await bounces.HandleAsync(record.Source, raw, cancellationToken);
        logger.DeliveryReport(record.Key, record.Source, outcome.ToString());
        return outcome switch
        {
            BounceOutcome.Recorded or BounceOutcome.AlreadyBounced => record with { Outcome = MailOutcome.DeliveryReport, Reason = outcome.ToString() },
            BounceOutcome.UnknownMessage => await quarantine.MessageAsync(
                record, null, new MailRefusal(MailRefusalCode.UnknownDeliveryReport, "A delivery status notification about a Message-ID that no delivery recorded."), raw, cancellationToken),
            _ => record with { Outcome = MailOutcome.Ignored, Reason = "A delivery status notification that reports no failure." },
        };
    }
}
