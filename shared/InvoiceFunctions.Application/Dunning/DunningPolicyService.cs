using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Dunning;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>Each company's dunning policy (the French default until it sets its own) and the preview of its plan.</summary>
public sealed class DunningPolicyService(IDunningPolicyStore store, IOptions<DunningOptions> options)
{
    public async Task<DunningPolicy> GetAsync(CompanyId company, CancellationToken cancellationToken) =>
        await store.FindAsync(company, cancellationToken) ?? DunningPolicy.FrenchDefault(options.Value.EcbRatePercent);

    public async Task<DunningPolicy> SaveAsync(CompanyId company, DunningPolicy? policy, CancellationToken cancellationToken)
    {
        var errors = DunningPolicyRules.Check(policy);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        await store.SaveAsync(company, policy!, cancellationToken);
        return policy!;
    }

    public async Task<DunningPreview> PreviewAsync(CompanyId company, DunningPreviewRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (request.AmountDue > 1_000_000_000m)
        {
            errors.Add(new FieldError("amountDue", "At most 1,000,000,000."));
        }

        var currency = request.CurrencyCode ?? "EUR";
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new FieldError("currencyCode", "An ISO 4217 code such as EUR."));
        }

        var disputes = request.Disputes ?? [];
        for (var i = 0; i < disputes.Count; i++)
        {
            if (disputes[i].Until is { } until && until < disputes[i].From)
            {
                errors.Add(new FieldError($"disputes[{i}].until", "Ends before it starts."));
            }
        }

        if (request.Policy is { } candidate)
        {
            errors.AddRange(DunningPolicyRules.Check(candidate).Select(e => e with { Path = "policy." + e.Path }));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var policy = request.Policy ?? await GetAsync(company, cancellationToken);
        var plan = DunningPlanner.Plan(policy, new DunningInvoice(request.DueDate, request.AmountDue, currency, request.BusinessCustomer), disputes);
        return new DunningPreview(policy.Name, currency, plan, plan.Sum(s => s.Fees));
    }
}
