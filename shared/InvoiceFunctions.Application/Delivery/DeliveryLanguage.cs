using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Rendering.Localization;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The language of a customer's mails: the customer's own preference (the one its documents are rendered in), else
/// French for customers in French-speaking countries, English otherwise.
/// </summary>
public static class DeliveryLanguage
{
    private static readonly HashSet<string> French = ["FR", "BE", "CH", "LU", "MC"];

    public static string For(Party customer) => customer.Preferences?.Language switch
    {
        DocumentLanguage.French => "fr",
        DocumentLanguage.English => "en",
        _ => For(customer.CountryCode),
    };

    public static string For(string? countryCode) => countryCode is not null && French.Contains(countryCode.ToUpperInvariant()) ? "fr" : "en";
}
