using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.App.Companies;

/// <summary>A principal's role in a company as the API shows it.</summary>
public sealed record MembershipView(string PrincipalId, string Company, CompanyRole Role, DateTimeOffset GrantedAt)
{
    public static MembershipView From(Membership membership) => new(membership.PrincipalId, membership.Company.Value, membership.Role, membership.GrantedAt);
}
