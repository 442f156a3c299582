namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The mail transport. <see cref="SendAsync"/> returns when the server accepted the mail. It throws
/// <see cref="MailTransientException"/> when nothing was accepted and a later try may work, <see cref="MailRejectedException"/>
/// when the server refused it for good (5xx); any other exception leaves the outcome unknown.
/// </summary>
public interface IMailSender
{
    /// <summary>False when no transport is configured (empty Smtp__Host): deliveries then fail with that reason.</summary>
    bool IsConfigured { get; }

    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
