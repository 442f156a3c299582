namespace InvoiceFunctions.Application.Delivery;

/// <summary>How the SMTP connection is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP (MailDev, a relay on the same host).</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS, required (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, port 465).</summary>
    Tls,
}
