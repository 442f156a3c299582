using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Core.Dunning;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// Each company's dunning policies: its default (the French default until it sets its own) and named ones that customers
/// may be given instead; a customer's dunning terms (excluded, policy); the preview of a plan.
/// </summary>
public sealed class DunningPolicyService(IDunningPolicyStore store, IPartyStore parties, IConnectorStore connectors, IOptions<DunningOptions> options)
{
    public async Task<DunningPolicy> GetAsync(CompanyId company, CancellationToken cancellationToken) =>
        await store.FindAsync(company, null, cancellationToken) ?? DunningPolicy.FrenchDefault(options.Value.EcbRatePercent);

    /// <exception cref="ResourceNotFoundException">The company has no policy of that name.</exception>
    public async Task<DunningPolicy> GetNamedAsync(CompanyId company, string name, CancellationToken cancellationToken) =>
        (DunningPolicyRules.IsName(name) ? await store.FindAsync(company, name, cancellationToken) : null) ?? throw new ResourceNotFoundException("Dunning policy", name);

    /// <summary>The policy a customer's invoices follow: its named policy when it has one (and it exists), else the company's default.</summary>
    public async Task<DunningPolicy> ForCustomerAsync(CompanyId company, Party? customer, CancellationToken cancellationToken) =>
        customer?.Preferences?.Dunning?.Policy is { } name && await store.FindAsync(company, name, cancellationToken) is { } named
            ? named
            : await GetAsync(company, cancellationToken);

    /// <param name="name">Null: the company's default policy; otherwise a named policy customers may be given.</param>
    public async Task<DunningPolicy> SaveAsync(CompanyId company, string? name, DunningPolicy? policy, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>(DunningPolicyRules.Check(policy));
        if (name is not null && !DunningPolicyRules.IsName(name))
        {
            errors.Add(new FieldError("name", DunningPolicyRules.NameRule));
        }

        if (errors.Count == 0)
        {
            errors.AddRange(await UnknownConnectorsAsync(company, policy!, cancellationToken));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        await store.SaveAsync(company, name, policy!, cancellationToken);
        return policy!;
    }

    /// <summary>Sets a customer's dunning terms; a running dunning follows them from its next step.</summary>
    /// <exception cref="ResourceNotFoundException">No such customer.</exception>
    public async Task<Party> SetCustomerAsync(CompanyId company, string customerId, CustomerDunning? terms, CancellationToken cancellationToken)
    {
        terms ??= new CustomerDunning();
        if (terms.Policy is { } name && (!DunningPolicyRules.IsName(name) || await store.FindAsync(company, name, cancellationToken) is null))
        {
            throw new RequestValidationException([new FieldError("policy", $"No dunning policy named '{name}': save it first with PUT .../dunning/policies/{{name}}.")]);
        }

        var customer = await parties.FindAsync(company, customerId, cancellationToken) ?? throw new ResourceNotFoundException("Contact", customerId);
        var preferences = (customer.Preferences ?? new BillingPreferences()) with { Dunning = terms };
        await parties.UpdatePreferencesAsync(company, customerId, preferences, cancellationToken);
        return customer with { Preferences = preferences };
    }

    public async Task<DunningPreview> PreviewAsync(CompanyId company, DunningPreviewRequest request, CancellationToken cancellationToken)
    {
        var errors = DunningPreviewRequest.Check(request);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var currency = request.CurrencyCode ?? "EUR";
        var policy = request.Policy ?? await GetAsync(company, cancellationToken);
        var plan = DunningPlanner.Plan(policy, new DunningInvoice(request.DueDate, request.AmountDue, currency, request.BusinessCustomer), request.Disputes ?? []);
        return new DunningPreview(policy.Name, currency, plan, plan.Sum(s => s.Fees));
    }

    /// <summary>
    /// A step naming a webhook connector the company does not have would fail on its day, weeks later: refused now. A
    /// disabled one is accepted (the company may enable it before the step; the step fails if it does not).
    /// </summary>
    private async Task<IEnumerable<FieldError>> UnknownConnectorsAsync(CompanyId company, DunningPolicy policy, CancellationToken cancellationToken)
    {
        var named = policy.Steps.Select((step, i) => (Path: $"steps[{i}].connector", Id: step.Connector))
            .Append((Path: "reminders.connector", Id: policy.Reminders?.Connector))
            .Where(n => n.Id is not null)
            .ToList();
        if (named.Count == 0)
        {
            return [];
        }

        var webhooks = (await connectors.ListAsync(company, cancellationToken)).Where(c => c.Kind == ConnectorKind.Webhook).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return named.Where(n => !webhooks.Contains(n.Id!)).Select(n => new FieldError(n.Path, $"The company has no webhook connector '{n.Id}' (see /connectors)."));
    }
}
