using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Contacts;

/// <summary>What it takes to add a customer or supplier; <see cref="Validate"/> lists every problem at once.</summary>
public sealed record NewParty(
    string? Id,
    PartyRole Role,
    string? Name,
    string? LegalId,
    string? VatId,
    string? Email,
    string? CountryCode,
    PostalAddress? Address = null,
    BillingPreferences? Preferences = null,
    IReadOnlyList<string>? CcEmails = null)
{
    public const int MaxCcEmails = 5;

    /// <param name="strictEmail">Check the e-mail address fully (people typing it); an address read from a received invoice only needs an @.</param>
    public IReadOnlyList<FieldError> Validate(bool strictEmail = false)
    {
        var errors = new List<FieldError>();
        LedgerIds.CheckId(Id, "id", errors);
        LedgerIds.CheckText(Name, "name", 200, errors);
        if (Email is not null && (Email.Length > 254 || !Email.Contains('@', StringComparison.Ordinal) || (strictEmail && !Delivery.EmailSettingsService.IsAddress(Email))))
        {
            errors.Add(new FieldError("email", "An e-mail address."));
        }

        CheckCopies(errors);

        if (CountryCode is null || CountryCode.Length != 2 || !CountryCode.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new FieldError("countryCode", "Required: an ISO 3166-1 alpha-2 code such as FR."));
        }

        if (Address is { } address)
        {
            PostalAddresses.Check(address, "address", errors);
        }

        if (Preferences?.PaymentDays is < 0 or > 365)
        {
            errors.Add(new FieldError("preferences.paymentDays", "From 0 to 365 days."));
        }

        if (Preferences?.Channel == PreferredChannel.Postal && Address is not { Line1.Length: > 0, City.Length: > 0 })
        {
            errors.Add(new FieldError("preferences.channel", "Postal delivery needs a postal address (address.line1 and address.city)."));
        }

        if (Preferences?.Dunning?.Policy is { } policy && !Dunning.DunningPolicyRules.IsName(policy))
        {
            errors.Add(new FieldError("preferences.dunning.policy", Dunning.DunningPolicyRules.NameRule));
        }

        return errors;
    }

    private void CheckCopies(List<FieldError> errors)
    {
        if (CcEmails is null)
        {
            return;
        }

        if (CcEmails.Count > MaxCcEmails)
        {
            errors.Add(new FieldError("ccEmails", $"At most {MaxCcEmails} addresses."));
        }

        for (var i = 0; i < CcEmails.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(CcEmails[i]) || !Delivery.EmailSettingsService.IsAddress(CcEmails[i]))
            {
                errors.Add(new FieldError($"ccEmails[{i}]", "An e-mail address (name@domain)."));
            }
        }
    }
}
