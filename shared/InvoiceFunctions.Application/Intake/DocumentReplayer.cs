using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Intake;

/// <summary>
/// Releases a refused document (kinds "upload", "email", "webhook", "api"): imported again through the shared intake under the source
/// key "release:{item}", so releasing it twice imports it once.
/// </summary>
public sealed class DocumentReplayer(InvoiceIntake intake) : IQuarantineReplayer
{
    public bool Handles(string kind) => Enum.GetValues<SourceChannel>().Any(c => IntakeQuarantine.KindOf(c) == kind);

    public async Task<string> ReplayAsync(CompanyId company, QuarantineItem item, byte[] content, CancellationToken cancellationToken)
    {
        var channel = Enum.GetValues<SourceChannel>().First(c => IntakeQuarantine.KindOf(c) == item.Kind);
        var result = await intake.ImportAsync(company, new IntakeDocument(item.Name, content, channel, $"release:{item.Id}"), cancellationToken);
        return result.InvoiceId is { } invoice ? $"{result.Outcome} as {invoice}" : $"{result.Outcome} again as {result.QuarantineId}: {result.Reason}";
    }
}
