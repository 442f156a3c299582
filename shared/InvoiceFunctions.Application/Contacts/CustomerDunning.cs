namespace InvoiceFunctions.Application.Contacts;

/// <summary>
/// A customer's own dunning terms: <see cref="Excluded"/> customers get no reminder at all (their running dunning stops
/// before its next step); <see cref="Policy"/> names one of the company's named policies to use instead of its default.
/// The language of the reminders is the customer's <see cref="BillingPreferences.Language"/>, as for every mail.
/// </summary>
public sealed record CustomerDunning(bool Excluded = false, string? Policy = null);
