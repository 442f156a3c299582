using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Orders;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>
/// Quotes: draft (catalogue prices frozen), send (numbered, a signed link for the customer), accept or decline by API
/// or by the link; an accepted quote becomes an order, once (the order's id derives from the quote's).
/// </summary>
public sealed class QuoteService(
    IQuoteStore store, OrderService orders, DraftService drafts, DocumentSources sources, IOutboundEventStore events, QuoteLinks links, TimeProvider time)
{
    public const string Series = "D";
    private const int MaxAttempts = 5;

    public async Task<Quote> CreateAsync(CompanyId company, NewQuote request, string actor, CancellationToken cancellationToken)
    {
        var today = Today();
        var errors = new List<FieldError>();
        if (request.Content is null)
        {
            errors.Add(new FieldError("content", "Required: customerId, lines... as for an invoice draft."));
        }

        if (request.ValidUntil is { } until && (until < today || until > today.AddYears(1)))
        {
            errors.Add(new FieldError("validUntil", "From today to one year ahead."));
        }

        if (request.Conditions?.Length > 2000)
        {
            errors.Add(new FieldError("conditions", "At most 2000 characters."));
        }

        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        var (document, amounts, _) = await drafts.PrepareAsync(company, new DocumentDraft(request.Content!), cancellationToken);
        var now = time.GetUtcNow();
        var quote = new Quote(
            company, LedgerIds.NewId("quo", now), null, QuoteStatus.Draft, document.Draft, request.ValidUntil ?? today.AddDays(30), request.Conditions, amounts, null, null, now, now);
        await store.AddAsync(quote, cancellationToken);
        return quote;
    }

    public async Task<Quote> GetAsync(CompanyId company, string id, CancellationToken cancellationToken) =>
        (LedgerIds.IsId(id) ? await store.FindAsync(company, id, cancellationToken) : null) ?? throw new ResourceNotFoundException("Quote", id);

    public Task<ResultPage<Quote>> ListAsync(CompanyId company, QuoteStatus? status, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, status, Math.Clamp(pageSize, 1, 1000), continuation, cancellationToken);

    /// <summary>
    /// Numbers a draft quote, freezes its logo and marks it sent; answers the token of its link (sending it again gives a
    /// fresh link). Its PDF and mail are <see cref="QuoteSending"/>'s.
    /// </summary>
    public async Task<(Quote Quote, string Token)> SendAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var quote = await GetAsync(company, id, cancellationToken);
        if (quote.Status == QuoteStatus.Draft)
        {
            var logo = await sources.FreezeLogoAsync(company, cancellationToken);
            var sent = quote with { Status = QuoteStatus.Sent, Logo = logo, UpdatedAt = time.GetUtcNow() };
            quote = await store.NumberAsync(sent, Series, Today().Year, cancellationToken);
            await PublishAsync(quote, "quote.sent", cancellationToken);
        }
        else if (quote.StatusOn(Today()) != QuoteStatus.Sent)
        {
            throw new ResourceStateException($"Quote '{id}' is {quote.StatusOn(Today())}: it cannot be sent.");
        }

        var expires = new DateTimeOffset(quote.ValidUntil.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return (quote, links.Create(company, quote.Id, expires));
    }

    /// <summary>Accepts (creating the order) or declines a sent, unexpired quote; deciding the same way again answers the same.</summary>
    public async Task<Quote> DecideAsync(CompanyId company, string id, bool accept, string by, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var quote = await GetAsync(company, id, cancellationToken);
            var wanted = accept ? QuoteStatus.Accepted : QuoteStatus.Declined;
            if (quote.Status == wanted)
            {
                return quote;
            }

            if (quote.StatusOn(Today()) != QuoteStatus.Sent)
            {
                throw new ResourceStateException($"Quote '{id}' is {quote.StatusOn(Today())}: it cannot be {wanted.ToString().ToLowerInvariant()}.");
            }

            // The order first, under an id derived from the quote: a retry after a crash finds it instead of making another.
            var orderId = accept ? (await orders.CreateFromQuoteAsync(quote, cancellationToken)).Id : null;
            try
            {
                var decided = await store.UpdateAsync(quote with { Status = wanted, OrderId = orderId, Decision = by, UpdatedAt = time.GetUtcNow() }, cancellationToken);
                await PublishAsync(decided, accept ? "quote.accepted" : "quote.declined", cancellationToken);
                return decided;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    public async Task<Quote> GetByLinkAsync(string token, CancellationToken cancellationToken)
    {
        var (company, id) = links.Verify(token, time.GetUtcNow()) ?? throw new ResourceNotFoundException("Quote link", "(this link)");
        return await GetAsync(company, id, cancellationToken);
    }

    public async Task<Quote> DecideByLinkAsync(string token, bool accept, CancellationToken cancellationToken)
    {
        var (company, id) = links.Verify(token, time.GetUtcNow()) ?? throw new ResourceNotFoundException("Quote link", "(this link)");
        return await DecideAsync(company, id, accept, "link", cancellationToken);
    }

    private Task PublishAsync(Quote quote, string type, CancellationToken cancellationToken) =>
        events.PublishAsync(quote.Company, new OutboundEvent($"{quote.Id}.{type}", type, quote.UpdatedAt, quote.Id, quote.Number, quote.OrderId), cancellationToken);

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
