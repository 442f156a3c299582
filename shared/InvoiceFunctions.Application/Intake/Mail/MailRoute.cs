using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>The routing decision: the company (when known) and how it was found, or why the message is refused.</summary>
/// <param name="RoutedBy">"token in subject", "token in recipient", "allowed sender", or null when no company was found.</param>
public sealed record MailRoute(CompanyId? Company, string? RoutedBy, MailRefusal? Refusal)
{
    public bool Accepted => Company is not null && Refusal is null;
}
