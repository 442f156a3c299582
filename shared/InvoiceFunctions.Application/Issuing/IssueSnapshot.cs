using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// The company, its profile and the customer as they were when the document passed validation. Later stages
/// compose from it, so an edit of the profile or the contact in between cannot change (or invalidate) an invoice
/// that already took its number.
/// </summary>
public sealed record IssueSnapshot(Company Company, BillingProfile Profile, Party Customer);
