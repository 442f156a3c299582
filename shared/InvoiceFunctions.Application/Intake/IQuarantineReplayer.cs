using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Intake;

/// <summary>Runs a quarantined input again through the door it came from (one replayer per kind of item).</summary>
public interface IQuarantineReplayer
{
    bool Handles(string kind);

    /// <returns>What became of it, in a few words (an invoice id, or a new quarantine item).</returns>
    Task<string> ReplayAsync(CompanyId company, QuarantineItem item, byte[] content, CancellationToken cancellationToken);
}
