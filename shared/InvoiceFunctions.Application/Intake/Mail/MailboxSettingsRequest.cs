namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>The body of PUT .../settings/mailbox.</summary>
/// <param name="Enabled">Off: every message routed to the company is quarantined (MailboxDisabled). Default on.</param>
/// <param name="AllowedSenders">Addresses and "@domain" entries, at most 200.</param>
/// <param name="RotateToken">True: a new token replaces the old one, which stops routing at once.</param>
public sealed record MailboxSettingsRequest(bool? Enabled, IReadOnlyList<string>? AllowedSenders, bool RotateToken = false);
