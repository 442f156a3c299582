using System.Net;
using System.Net.Sockets;
using InvoiceFunctions.Adapters.Connectors;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Delivery.Connectors;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace InvoiceFunctions.Adapters.Mail;

/// <summary>
/// Sends delivery mails over SMTP with MailKit, one connection per mail. Failures before the server accepted anything
/// (connect, TLS, authentication, a 4xx reply) are <see cref="MailTransientException"/>; a 5xx reply is
/// <see cref="MailRejectedException"/>; a broken connection during the transaction is left as it is (outcome unknown).
/// A company's own relay (<see cref="OutgoingMail.Route"/>) goes through the connectors' SSRF guard: its host is resolved
/// once, every address checked, and MailKit talks over the socket connected to a checked address.
/// </summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options, IOptions<ConnectorOptions> connectors, TimeProvider time) : IMailSender
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var (host, port, security, userName, password) = mail.Route is { } route
            ? (route.Relay.Host!, route.Relay.Port, route.Relay.Security, route.Relay.UserName, route.Password)
            : (smtp.Host!.Trim(), smtp.Port, smtp.Security, smtp.UserName, smtp.Password);
        using var message = Compose(mail);
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            var socketOptions = security switch
            {
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.None,
            };
            if (mail.Route is null)
            {
                await client.ConnectAsync(host, port, socketOptions, cancellationToken);
            }
            else
            {
                // Once connected, MailKit owns the stream (and closes it with the client).
                var stream = await GuardedHttp.ConnectAsync(new DnsEndPoint(host, port), connectors.Value.AllowLoopback, cancellationToken);
                try
                {
                    await client.ConnectAsync(stream, host, port, socketOptions, cancellationToken);
                }
                catch
                {
                    await stream.DisposeAsync();
                    throw;
                }
            }

            if (!string.IsNullOrEmpty(userName))
            {
                await client.AuthenticateAsync(userName, password ?? "", cancellationToken);
            }
        }
        catch (OutboundAddressRefusedException ex)
        {
            throw new MailRouteRefusedException($"SMTP relay {host}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException or SslHandshakeException or AuthenticationException
            or SmtpCommandException or SmtpProtocolException or ProtocolException)
        {
            throw new MailTransientException($"SMTP {host}:{port} not reachable or refused the session: {ex.Message}", ex);
        }

        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            throw new MailRejectedException((int)ex.StatusCode, $"{(int)ex.StatusCode} {ex.Message}", ex);
        }
        catch (SmtpCommandException ex)
        {
            throw new MailTransientException($"{(int)ex.StatusCode} {ex.Message}", ex);
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or TimeoutException)
        {
            // The mail was accepted; a failed QUIT changes nothing.
        }
    }

    private MimeMessage Compose(OutgoingMail mail)
    {
        var message = new MimeMessage
        {
            MessageId = mail.MessageId,
            Subject = mail.Subject,
            Date = time.GetUtcNow(),
        };
        message.From.Add(new MailboxAddress(mail.SenderName, mail.SenderAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        foreach (var copy in mail.Cc ?? [])
        {
            message.Cc.Add(MailboxAddress.Parse(copy));
        }
        if (mail.ReplyTo is not null)
        {
            message.ReplyTo.Add(MailboxAddress.Parse(mail.ReplyTo));
        }

        var body = new BodyBuilder { TextBody = mail.Body };
        foreach (var attachment in mail.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content.ToArray(), ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
