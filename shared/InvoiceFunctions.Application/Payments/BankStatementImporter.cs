using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Camt;
using InvoiceFunctions.Core.Payments.Matching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// The one handler of bank statements, whatever the door (API upload, blob in <c>bank/{company}/...</c>): read the whole
/// file first (a bad one goes to quarantine with why, nothing written), then one payment per booked entry under an id
/// made of its transaction fingerprint, so a re-import or an overlapping statement never records it twice; exact RF
/// matches are allocated, the rest waits in the review list with the matcher's suggestions. Debit entries are matched
/// with purchase invoices the same way. A CSV file is read with the company's mapping; a camt.053 file of a version
/// whose schema is shipped (<see cref="CamtSchemas"/>) is validated against it first. A refused file is told to the
/// company's event feed as "statement.quarantined".
/// </summary>
public sealed class BankStatementImporter(
    IPaymentStore store, PaymentService payments, OpenInvoices openInvoices, ICompanyStore companies, IQuarantineStore quarantine, CsvMappingService mappings,
    IOutboundEventStore events, TimeProvider time, ILogger<BankStatementImporter>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<BankStatementImporter>.Instance;

    /// <summary>The largest statement accepted (64 MiB).</summary>
    public const int MaxBytes = 64 << 20;

    /// <summary>The account a CSV export is booked on when the caller names none.</summary>
    public const string DefaultCsvAccount = "default";

    /// <summary>The feed event of a refused statement.</summary>
    public const string QuarantinedEvent = "statement.quarantined";

    private const int Parallelism = 8;

    /// <summary>Versions with a shipped schema are validated; the others (05, 06, 07, 09 and later) keep the reader's own checks.</summary>
    private static readonly CamtReadOptions Camt = new() { Schemas = CamtSchemas.Set, AllowVersionsWithoutSchema = true };

    public async Task<StatementImport> ImportAsync(string company, string name, ReadOnlyMemory<byte> content, string? account, string actor, CancellationToken cancellationToken)
    {
        // A refused CSV keeps its account the way container "bank" names it ("{account}/{name}"), so a release reads it for that account.
        var quarantineName = account is not null && !name.Contains('/', StringComparison.Ordinal) ? $"{account}/{name}" : name;
        if (!CompanyId.TryParse(company, out var id) || await companies.FindAsync(id, cancellationToken) is null)
        {
            throw await QuarantineAsync(company, quarantineName, content, "UnknownCompany", $"No company '{company}'.", null, [], cancellationToken);
        }

        IReadOnlyList<BankStatement> statements;
        try
        {
            var mapping = BankStatementReader.Detect(content.Span[..Math.Min(content.Length, 64)]) == StatementFormat.Csv ? await mappings.MappingAsync(id, cancellationToken) : null;
            statements = content.Length > MaxBytes
                ? throw new BankStatementFormatException(StatementError.Malformed, $"The statement is larger than {MaxBytes} bytes.")
                : BankStatementReader.Read(new MemoryStream(content.ToArray(), writable: false), name, account ?? DefaultCsvAccount, mapping, Camt);
        }
        catch (BankStatementFormatException ex)
        {
            throw await QuarantineAsync(company, quarantineName, content, ex.Error.ToString(), ex.Message, ex.Location, ex.SchemaErrors, cancellationToken, id);
        }

        var candidates = PaymentCandidates.From(statements);
        var existing = new ConcurrentDictionary<string, Payment>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(candidates, Options(cancellationToken), async (candidate, ct) =>
        {
            if (await store.FindAsync(id, PaymentIdOf(candidate), ct) is { } payment)
            {
                existing[candidate.Fingerprint] = payment;
                if (payment.AutoAllocate && payment.Allocated < PaymentService.Planned(payment).Sum(a => a.Amount))
                {
                    await payments.ApplyOrReviewAsync(payment, actor, ct); // an import that stopped half-way
                }
            }
        });

        var fresh = candidates.Where(c => !existing.ContainsKey(c.Fingerprint)).ToList();
        var result = PaymentMatcher.Match(fresh, fresh.Count == 0 ? [] : await openInvoices.LoadAsync(id, cancellationToken));
        int recorded = 0, auto = 0, review = 0;
        await Parallel.ForEachAsync(result.Matches, Options(cancellationToken), async (match, ct) =>
        {
            var payment = PaymentService.WithMatch(ToPayment(id, match.Payment, actor, time.GetUtcNow()), match);
            if (!await store.TryAddAsync(payment, ct))
            {
                return; // another import of the same entry won the race
            }

            Interlocked.Increment(ref recorded);
            if (payment.AutoAllocate && !(await payments.ApplyOrReviewAsync(payment, actor, ct)).NeedsReview)
            {
                Interlocked.Increment(ref auto);
            }
            else
            {
                Interlocked.Increment(ref review);
            }
        });

        var import = new StatementImport(name, statements.Count, candidates.Count, recorded, existing.Count, auto, review);
        log.Imported(company, name, import.Candidates, recorded, existing.Count, auto, review);
        return import;
    }

    /// <summary>A statement entry's payment id: its fingerprint, so the same transaction always lands on the same row.</summary>
    public static string PaymentIdOf(PaymentCandidate candidate) => "stm-" + candidate.Fingerprint[3..35];

    private static Payment ToPayment(CompanyId company, PaymentCandidate c, string actor, DateTimeOffset now)
    {
        var reference = c.StructuredReference ?? c.RemittanceText;
        return new Payment(
            company, PaymentIdOf(c), c.Direction == CreditDebit.Credit ? InvoiceDirection.Sales : InvoiceDirection.Purchase, c.Amount, c.Currency, c.BookingDate,
            PaymentMethod.Transfer, reference?.Length > 140 ? reference[..140] : reference, c.CounterpartyName, c.CounterpartyIban, null, PaymentSource.Statement,
            0m, 0m, c.Fingerprint, false, false, [], actor, now, now);
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) => new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

    /// <summary>
    /// Keeps the file with why; its id is a digest of the company, name, bytes and reason, so the same refusal retried
    /// (a blob event delivered twice, an upload repeated) is one item and one feed event, while the same file refused
    /// for another reason (after a mapping change) is a new one. A company that exists hears of it in its feed.
    /// </summary>
    private async Task<StatementQuarantinedException> QuarantineAsync(
        string company, string name, ReadOnlyMemory<byte> content, string code, string message, string? location, IReadOnlyList<string> details,
        CancellationToken cancellationToken, CompanyId? known = null)
    {
        var now = time.GetUtcNow();
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{company}\n{name}\n{code}\n{message}\n{Convert.ToHexStringLower(SHA256.HashData(content.Span))}"));
        var id = "q-" + Convert.ToHexStringLower(digest)[..20];
        var quarantineId = await quarantine.PutAsync(company, StatementReplayer.Kind, name, content, new QuarantineReason(code, message, location, details, now), cancellationToken, id);
        if (known is { } feed)
        {
            await events.PublishAsync(feed, new OutboundEvent($"{id}.quarantined", QuarantinedEvent, now, id, null, $"{code}: {message} ({name})"), cancellationToken);
        }

        log.Quarantined(company, name, code, message, quarantineId);
        return new StatementQuarantinedException(quarantineId, Enum.TryParse<StatementError>(code, out var error) ? error : null, message);
    }
}
