using Azure.Data.Tables;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Security;
using InvoiceFunctions.Ledger.Tests.Support;

namespace InvoiceFunctions.Ledger.Tests.Security;

/// <summary>Keys name principals; the route's company and the principal's membership there give the role.</summary>
public sealed class CompanyAuthorizerTests(StorageFixture fixture) : IClassFixture<StorageFixture>
{
    private readonly CompanyAuthorizer authorizer = fixture.App.Get<CompanyAuthorizer>();
    private readonly CompanyService companies = fixture.App.Get<CompanyService>();
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task AuthorizeAsync_OnePrincipalTwoCompanies_RolePerCompany()
    {
        var a = await fixture.App.CompanyAsync(fixture.NewCompanyId("auth-a"));
        var b = await fixture.App.CompanyAsync(fixture.NewCompanyId("auth-b"));
        var key = await companies.IssueKeyAsync(a, "erp", CompanyRole.Accountant, null, none);
        var beforeGrant = await authorizer.AuthorizeAsync(key.Key, b.Value, CompanyRole.Reader, none);
        await companies.GrantAsync(b, key.PrincipalId, CompanyRole.Reader, none);

        var inA = await authorizer.AuthorizeAsync(key.Key, a.Value, CompanyRole.Accountant, none);
        var readB = await authorizer.AuthorizeAsync(key.Key, b.Value, CompanyRole.Reader, none);
        var writeB = await authorizer.AuthorizeAsync(key.Key, b.Value, CompanyRole.Accountant, none);
        var adminA = await authorizer.AuthorizeAsync(key.Key, a.Value, CompanyRole.Admin, none);

        Assert.Equal(AccessOutcome.UnknownCompany, beforeGrant.Outcome);
        Assert.Equal((AccessOutcome.Granted, CompanyRole.Accountant), (inA.Outcome, inA.Caller!.Role));
        Assert.Equal((AccessOutcome.Granted, b), (readB.Outcome, readB.Caller!.Company));
        Assert.Equal(AccessOutcome.Forbidden, writeB.Outcome);
        Assert.Equal(AccessOutcome.Forbidden, adminA.Outcome);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ifk_abcdefghijkl_wrongwrongwrongwrongwrong")]
    public async Task AuthorizeAsync_NoMalformedOrUnknownKey_Unauthenticated(string? presented) =>
        Assert.Equal(AccessOutcome.Unauthenticated, (await authorizer.AuthorizeAsync(presented, "acme", CompanyRole.Reader, none)).Outcome);

    [Fact]
    public async Task AuthorizeAsync_KeyStoredBeforePrincipals_Unauthenticated()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("legacy"));
        var key = await companies.IssueKeyAsync(company, "old", CompanyRole.Admin, null, none);
        var table = fixture.Storage.Tables.GetTableClient("ApiKeys");
        var row = (await table.GetEntityAsync<TableEntity>(key.KeyId, "key")).Value;
        row.Remove("Principal");
        row["Company"] = company.Value;
        row["Role"] = "Owner";
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

        var decision = await authorizer.AuthorizeAsync(key.Key, company.Value, CompanyRole.Reader, none);

        Assert.Equal(AccessOutcome.Unauthenticated, decision.Outcome);
    }
}
