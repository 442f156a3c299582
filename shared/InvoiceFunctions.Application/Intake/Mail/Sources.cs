namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>How an inbound message's source is written in its record: "mail-inbox/{blob name}", "http", or "release:{quarantine item}".</summary>
public static class Sources
{
    public const string MailInboxPrefix = "mail-inbox/";
    public const string Http = "http";
    public const string ReleasePrefix = "release:";
}
