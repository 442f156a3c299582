namespace InvoiceFunctions.Application.Delivery;

/// <summary>The language of a customer's mails: French for customers in French-speaking countries, English otherwise.</summary>
public static class DeliveryLanguage
{
    private static readonly HashSet<string> French = ["FR", "BE", "CH", "LU", "MC"];

    public static string For(string? countryCode) => countryCode is not null && French.Contains(countryCode.ToUpperInvariant()) ? "fr" : "en";
}
