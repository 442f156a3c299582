using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Table Memberships: partition = principal id; row "principal" (it exists), row "c|{company}" (its role there).</summary>
public sealed class TableMembershipStore(StorageClients clients) : IMembershipStore
{
    private const string PrincipalRow = "principal";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Memberships);

    public Task AddPrincipalAsync(string principalId, string name, DateTimeOffset createdAt, CancellationToken cancellationToken) =>
        table.AddEntityAsync(new TableEntity(principalId, PrincipalRow) { ["Name"] = name, ["CreatedAt"] = createdAt }, cancellationToken);

    public async Task<bool> PrincipalExistsAsync(string principalId, CancellationToken cancellationToken) =>
        (await table.GetEntityIfExistsAsync<TableEntity>(principalId, PrincipalRow, ["PartitionKey"], cancellationToken)).HasValue;

    public Task GrantAsync(Membership membership, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(
            new TableEntity(membership.PrincipalId, Row(membership.Company)) { ["Role"] = membership.Role.ToString(), ["GrantedAt"] = membership.GrantedAt },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<Membership?> FindAsync(string principalId, CompanyId company, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(principalId, Row(company), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e
            ? new Membership(principalId, company, Enum.Parse<CompanyRole>(e.GetString("Role")), e.GetDateTimeOffset("GrantedAt") ?? DateTimeOffset.MinValue)
            : null;
    }

    private static string Row(CompanyId company) => "c|" + company.Value;
}
