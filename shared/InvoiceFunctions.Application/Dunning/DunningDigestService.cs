using System.Globalization;
using System.Text;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Dunning;
using InvoiceFunctions.Core.Time;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// The daily digest to each company (its billing e-mail): the dunning steps taken on a company-local day (sent, bounced,
/// failed, skipped) and the overdue alerts (sales invoices due the day before, still open). One per company and day: the
/// day is claimed before the mail leaves, so the hourly timer and a user's request never send it twice.
/// </summary>
public sealed class DunningDigestService(
    ICompanyStore companies, IDunningStepStore steps, ILedgerStore ledger, DunningPolicyService policies, IDunningDigestStore digests, DunningAlerts alerts, TimeProvider time)
{
    /// <summary>The company-local time after which yesterday's digest is sent.</summary>
    public static readonly TimeOnly SendAfter = new(8, 0);

    /// <summary>For the timer: each company past <see cref="SendAfter"/> in its time zone gets yesterday's digest, once.</summary>
    /// <returns>How many digests this run made.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var made = 0;
        await foreach (var company in companies.ListIdsAsync(cancellationToken))
        {
            var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), await ZoneAsync(company, cancellationToken)).DateTime;
            var yesterday = DateOnly.FromDateTime(local).AddDays(-1);
            if (TimeOnly.FromDateTime(local) >= SendAfter && await digests.FindAsync(company, yesterday, cancellationToken) is null)
            {
                await SendAsync(company, yesterday, cancellationToken);
                made++;
            }
        }

        return made;
    }

    /// <summary>The digest of <paramref name="day"/> (company-local), sent unless it was before: then the first one is answered.</summary>
    public async Task<DunningDigest> SendAsync(CompanyId company, DateOnly day, CancellationToken cancellationToken)
    {
        if (await digests.FindAsync(company, day, cancellationToken) is { } done)
        {
            return done;
        }

        var zone = await ZoneAsync(company, cancellationToken);
        var taken = await steps.ListCreatedAsync(company, LocalClock.ToInstant(day, TimeOnly.MinValue, zone), LocalClock.ToInstant(day.AddDays(1), TimeOnly.MinValue, zone), cancellationToken);
        var dueDay = day.AddDays(-1);
        var overdue = (await ledger.QueryAsync(company, new InvoiceQuery(DueFrom: dueDay, DueTo: dueDay, Direction: InvoiceDirection.Sales, PageSize: 500), cancellationToken)).Items
            .Where(i => DunningNotifier.IsDunned(i) && i.Balance > 0m && i.Status is not (InvoiceStatus.Paid or InvoiceStatus.Cancelled or InvoiceStatus.Credited)).ToList();
        var digest = new DunningDigest(company.Value, day, taken.Count, overdue.Count, null, time.GetUtcNow());
        if (!await digests.TryAddAsync(digest, cancellationToken))
        {
            return await digests.FindAsync(company, day, cancellationToken) ?? digest;
        }

        if (taken.Count + overdue.Count == 0)
        {
            return digest;
        }

        var french = await alerts.FrenchAsync(company, cancellationToken);
        var body = await BodyAsync(company, day, taken, overdue, french, cancellationToken);
        var subject = french ? $"Relances du {day:dd/MM/yyyy} : {taken.Count} étape(s), {overdue.Count} facture(s) échue(s)" : $"Dunning on {day:yyyy-MM-dd}: {taken.Count} step(s), {overdue.Count} invoice(s) overdue";
        digest = digest with { SentTo = await alerts.SendAsync(company, $"dunning-digest-{company.Value}-{day:yyyyMMdd}", subject, body, cancellationToken) };
        await digests.SaveAsync(digest, cancellationToken);
        return digest;
    }

    private async Task<string> BodyAsync(
        CompanyId company, DateOnly day, IReadOnlyList<DunningStepRecord> taken, IReadOnlyList<LedgerInvoice> overdue, bool french, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.GetCultureInfo(french ? "fr-FR" : "en-GB");
        var text = new StringBuilder();
        text.AppendLine(french ? $"Factures devenues échues le {day:dd/MM/yyyy} :" : $"Invoices that became overdue on {day:yyyy-MM-dd}:");
        foreach (var invoice in overdue)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {invoice.Number} ({invoice.CounterpartyId}) : {invoice.Balance.ToString("N2", culture)} {invoice.Amounts.Currency}");
        }

        text.AppendLine().AppendLine(french ? "Étapes de relance :" : "Dunning steps:");
        var numbers = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var step in taken.Take(500))
        {
            if (!numbers.TryGetValue(step.InvoiceId, out var number))
            {
                numbers[step.InvoiceId] = number = (await ledger.FindAsync(company, step.InvoiceId, cancellationToken))?.Number;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"- {number ?? step.InvoiceId} {step.StepKey} {step.State}{(step.Receiver is null ? "" : " " + step.Receiver)}");
        }

        return text.ToString();
    }

    private async Task<TimeZoneInfo> ZoneAsync(CompanyId company, CancellationToken cancellationToken) =>
        DunningZones.Find((await policies.GetAsync(company, cancellationToken)).TimeZone);
}
