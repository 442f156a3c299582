using System.Globalization;
using System.Security.Cryptography;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Matching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// Payments' use cases: record one (API, webhook) with its allocations or the matcher's proposal, allocate by hand,
/// refund part of a credit, read, and the review list. Every allocation goes through <see cref="IPaymentStore.AllocateAsync"/>,
/// so a retry never counts twice.
/// </summary>
public sealed class PaymentService(IPaymentStore store, ILedgerStore ledger, OpenInvoices openInvoices, IPartyStore parties, DunningNotifier dunning, TimeProvider time, ILogger<PaymentService>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<PaymentService>.Instance;

    /// <summary>Records a payment once under <paramref name="paymentId"/> (a new id when null); recording the same id again returns the first.</summary>
    public async Task<Payment> RecordAsync(CompanyId company, NewPayment request, PaymentSource source, string? paymentId, string actor, CancellationToken cancellationToken)
    {
        var errors = request.Validate().ToList();
        var role = request.Direction == InvoiceDirection.Sales ? PartyRole.Customer : PartyRole.Supplier;
        if (errors.Count == 0 && request.PartyId is not null && (await parties.FindAsync(company, request.PartyId, cancellationToken))?.Role != role)
        {
            errors.Add(new FieldError("partyId", $"Not a {role.ToString().ToLowerInvariant()} of this company."));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var now = time.GetUtcNow();
        var id = paymentId ?? NewId(now);
        var payment = new Payment(
            company, id, request.Direction, request.Amount, request.Currency!, request.Date!.Value, request.Method, request.Reference, request.PayerName,
            Iban.NormalizeOrNull(request.PayerIban), request.PartyId, source, 0m, 0m, null, false, false, [], actor, now, now);
        IReadOnlyList<AllocationRequest> allocations = request.Allocations ?? [];
        if (request.Allocations is null)
        {
            var match = PaymentMatcher.Match([Candidate(payment)], await openInvoices.LoadAsync(company, cancellationToken)).Matches[0];
            payment = WithMatch(payment, match);
            allocations = payment.AutoAllocate ? Planned(payment) : [];
        }

        await CheckAsync(payment, request.Allocations ?? [], actor, cancellationToken);
        if (!await store.TryAddAsync(payment, cancellationToken))
        {
            // Seen before (a retried webhook or request): finish what the first attempt may have left; allocations are keyed, so none counts twice.
            var existing = await GetAsync(company, id, cancellationToken);
            return await ApplyAsync(company, id, request.Allocations ?? Planned(existing), actor, cancellationToken) ?? existing;
        }

        return request.Allocations is null
            ? await ApplyOrReviewAsync(payment, actor, cancellationToken)
            : await ApplyAsync(company, id, allocations, actor, cancellationToken) ?? payment;
    }

    /// <summary>Applies the automatic proposal of a new payment; when the invoices moved meanwhile (paid by another payment), the payment goes to review instead.</summary>
    public async Task<Payment> ApplyOrReviewAsync(Payment payment, string actor, CancellationToken cancellationToken)
    {
        if (!payment.AutoAllocate)
        {
            return payment;
        }

        try
        {
            return await ApplyAsync(payment.Company, payment.Id, Planned(payment), actor, cancellationToken) ?? payment;
        }
        catch (Exception ex) when (ex is AllocationException or InvoiceStateException or InvoiceNotFoundException)
        {
            return await store.UpdateAsync(payment.Company, payment.Id, p => p with { NeedsReview = true, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        }
    }

    public async Task<Payment> GetAsync(CompanyId company, string paymentId, CancellationToken cancellationToken) =>
        (LedgerIds.IsId(paymentId) ? await store.FindAsync(company, paymentId, cancellationToken) : null) ?? throw new PaymentNotFoundException(paymentId);

    public Task<ResultPage<Payment>> ListAsync(CompanyId company, bool reviewOnly, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, reviewOnly, Math.Clamp(pageSize, 1, 1000), continuation, cancellationToken);

    public async Task<IReadOnlyList<PaymentAllocation>> AllocationsAsync(CompanyId company, string paymentId, CancellationToken cancellationToken)
    {
        await GetAsync(company, paymentId, cancellationToken);
        return await store.AllocationsAsync(company, paymentId, cancellationToken);
    }

    /// <summary>A person's allocation (from the review list, or a credit used on a later invoice); the payment leaves the review list.</summary>
    public async Task<Payment> AllocateAsync(CompanyId company, string paymentId, IReadOnlyList<AllocationRequest> allocations, string actor, CancellationToken cancellationToken)
    {
        var errors = AllocationRules.Check(allocations, "allocations").ToList();
        if (allocations.Count == 0)
        {
            errors.Add(new FieldError("allocations", "At least one allocation."));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        await CheckAsync(await GetAsync(company, paymentId, cancellationToken), allocations, actor, cancellationToken);
        await ApplyAsync(company, paymentId, allocations, actor, cancellationToken);
        return await store.UpdateAsync(company, paymentId, p => p.NeedsReview ? p with { NeedsReview = false, UpdatedAt = time.GetUtcNow() } : p, cancellationToken);
    }

    /// <summary>Pays back part of what is left of a payment (the party's credit).</summary>
    public async Task<Payment> RefundAsync(CompanyId company, string paymentId, decimal amount, CancellationToken cancellationToken)
    {
        if (amount <= 0m || decimal.Round(amount, 2) != amount)
        {
            throw new RequestValidationException([new FieldError("amount", "More than zero, with at most 2 decimals.")]);
        }

        await GetAsync(company, paymentId, cancellationToken);
        return await store.UpdateAsync(company, paymentId, p => amount <= p.Unallocated
            ? p with { Refunded = p.Refunded + amount, UpdatedAt = time.GetUtcNow() }
            : throw new AllocationException(string.Create(CultureInfo.InvariantCulture, $"Payment '{p.Id}' has {p.Unallocated:0.00} {p.Currency} left, less than {amount:0.00}.")), cancellationToken);
    }

    /// <summary>Applies allocations one by one (each exactly once); null when there were none.</summary>
    public async Task<Payment?> ApplyAsync(CompanyId company, string paymentId, IReadOnlyList<AllocationRequest> allocations, string actor, CancellationToken cancellationToken)
    {
        Payment? last = null;
        foreach (var allocation in allocations)
        {
            var outcome = await store.AllocateAsync(
                company, paymentId, allocation.InvoiceId!, (invoice, payment) => AllocationRules.Apply(invoice, payment, allocation.Amount, time.GetUtcNow(), actor), actor, cancellationToken);
            if (outcome.Applied)
            {
                log.Allocated(company.Value, paymentId, allocation.InvoiceId!, allocation.Amount);
                await dunning.NotifyAsync(outcome.Invoice, DunningEvent.PaymentReceived, cancellationToken);
            }

            last = outcome.Payment;
        }

        return last;
    }

    /// <summary>
    /// Decides every allocation of a request on the invoices as they are now, before anything is written, so a refused one
    /// (more than owed or left, another currency, a paid or cancelled invoice) refuses the request whole. Allocations the
    /// payment already has are skipped (a retry). A race after this check is still caught by each allocation's own decision.
    /// </summary>
    private async Task CheckAsync(Payment payment, IReadOnlyList<AllocationRequest> allocations, string actor, CancellationToken cancellationToken)
    {
        if (allocations.Count == 0)
        {
            return;
        }

        var done = (await store.AllocationsAsync(payment.Company, payment.Id, cancellationToken)).Select(a => a.InvoiceId).ToHashSet(StringComparer.Ordinal);
        var after = payment;
        foreach (var allocation in allocations.Where(a => !done.Contains(a.InvoiceId!)))
        {
            var invoice = await ledger.FindAsync(payment.Company, allocation.InvoiceId!, cancellationToken) ?? throw new InvoiceNotFoundException(allocation.InvoiceId!);
            after = AllocationRules.Apply(invoice, after, allocation.Amount, time.GetUtcNow(), actor).Payment;
        }
    }

    /// <summary>The payment with the matcher's outcome: proposals, the party it recognised, whether to allocate without review.</summary>
    public static Payment WithMatch(Payment payment, PaymentMatch match)
    {
        var proposals = match.Proposal is null ? match.Suggestions : [match.Proposal, .. match.Suggestions];
        var auto = match.Decision == MatchDecision.AutoAllocate && match.Proposal is not null;
        return payment with { Proposals = proposals, AutoAllocate = auto, NeedsReview = !auto, PartyId = payment.PartyId ?? match.Proposal?.PartyId };
    }

    /// <summary>The allocations of the proposal to apply automatically.</summary>
    public static IReadOnlyList<AllocationRequest> Planned(Payment payment) =>
        payment.AutoAllocate && payment.Proposals.Count > 0 ? [.. payment.Proposals[0].Allocations.Select(a => new AllocationRequest(a.InvoiceId, a.Amount))] : [];

    private static PaymentCandidate Candidate(Payment payment) => new()
    {
        Fingerprint = payment.Id,
        AccountId = "api",
        Direction = payment.Direction == InvoiceDirection.Sales ? CreditDebit.Credit : CreditDebit.Debit,
        Amount = payment.Amount,
        Currency = payment.Currency,
        BookingDate = payment.Date,
        StructuredReference = CreditorReference.IsValid(payment.Reference) ? payment.Reference : null,
        RemittanceText = payment.Reference,
        CounterpartyName = payment.PayerName,
        CounterpartyIban = payment.PayerIban,
    };

    /// <summary>Time-ordered ids ("pay-" + 12 hex of milliseconds + 8 random hex).</summary>
    private static string NewId(DateTimeOffset now) =>
        $"pay-{now.ToUnixTimeMilliseconds():x12}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
}
