namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>What became of an inbound message.</summary>
public enum MailOutcome
{
    /// <summary>Routed to a company; each invoice attachment went to the intake core (see the attachments' own outcomes).</summary>
    Processed,

    /// <summary>Refused as a whole and kept in quarantine with the reason.</summary>
    Quarantined,

    /// <summary>A delivery status notification about one of our mails: handed to the delivery workflow (bounce recorded).</summary>
    DeliveryReport,

    /// <summary>A delivery status notification that reports no failure (delayed, delivered): nothing to do.</summary>
    Ignored,
}
