using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Localization;

namespace InvoiceFunctions.Rendering.Postal;

/// <summary>
/// What the address sheet of a posted invoice carries: the sender's return address (BG-5), the recipient's postal
/// address (BG-8) shown through the envelope window, and the document it goes with.
/// </summary>
/// <param name="SenderCountryCode">The country the letter is posted from: a recipient elsewhere gets a country line.</param>
public sealed record AddressSheet(
    string SenderName,
    PostalAddress? SenderAddress,
    string SenderCountryCode,
    string RecipientName,
    PostalAddress RecipientAddress,
    string RecipientCountryCode,
    string DocumentNumber,
    DateOnly IssueDate,
    DocumentLanguage Language);
