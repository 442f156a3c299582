using System.Security.Cryptography;
using System.Text;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Payments;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Intake;

/// <summary>
/// Puts a refused input in quarantine (bytes as received + reason) and tells the company's event feed
/// ("intake.quarantined", or "intake.manual_keying" for a PDF without XML). The item's id is derived from the intake
/// claim, so a retried import puts it once.
/// </summary>
public sealed class IntakeQuarantine(IQuarantineStore store, IOutboundEventStore events, TimeProvider time, ILogger<IntakeQuarantine> logger)
{
    public async Task<IntakeResult> RefuseAsync(CompanyId company, IntakeDocument document, string reservedId, IntakeRefusal refusal, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = "q" + reservedId[reservedId.IndexOf('-', StringComparison.Ordinal)..];
        var kind = KindOf(document.Channel);
        await store.PutAsync(company.Value, kind, document.Name, document.Content, new QuarantineReason(refusal.Code.ToString(), refusal.Message, null, refusal.Details, now), cancellationToken, id);
        var manual = refusal.Code == IntakeRefusalCode.NoEmbeddedInvoice;
        await events.PublishAsync(
            company, new OutboundEvent($"{id}.quarantined", manual ? "intake.manual_keying" : "intake.quarantined", now, id, null, $"{refusal.Code}: {refusal.Message}"), cancellationToken);
        logger.Quarantined(company.Value, document.Name, refusal.Code, refusal.Message, id);
        return new IntakeResult(manual ? IntakeOutcome.ManualKeying : IntakeOutcome.Quarantined, null, id, refusal.Message, Code: refusal.Code, Details: refusal.Details);
    }

    /// <summary>A document for a company that does not exist: kept (under that name) with no feed to tell; its id comes from the source key.</summary>
    public async Task<IntakeResult> RefuseUnknownCompanyAsync(string company, IntakeDocument document, CancellationToken cancellationToken)
    {
        var id = "q-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.SourceKey)))[..20];
        var message = $"No company '{company}'.";
        await store.PutAsync(
            company, KindOf(document.Channel), document.Name, document.Content, new QuarantineReason(nameof(IntakeRefusalCode.UnknownCompany), message, null, [], time.GetUtcNow()), cancellationToken, id);
        logger.Quarantined(company, document.Name, IntakeRefusalCode.UnknownCompany, message, id);
        return new IntakeResult(IntakeOutcome.Quarantined, null, id, message, Code: IntakeRefusalCode.UnknownCompany);
    }

    /// <summary>A refused document's kind is its door ("upload", "email" for a mail attachment, "webhook"): a release imports it again through that door.</summary>
    public static string KindOf(Ledger.SourceChannel channel) => channel.ToString().ToLowerInvariant();
}
