using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// The company, its profile and the customer as they were when the document passed validation. Later stages
/// compose from it, so an edit of the profile or the contact in between cannot change (or invalidate) an invoice
/// that already took its number.
/// </summary>
/// <param name="Logo">
/// SHA-256 of the logo frozen with the document (kept write-once in the templates container), <see cref="NoLogo"/>
/// when the company had none; null in snapshots taken before logos were frozen (those draw the current logo).
/// </param>
public sealed record IssueSnapshot(Company Company, BillingProfile Profile, Party Customer, string? Logo = null)
{
    public const string NoLogo = "none";
}
