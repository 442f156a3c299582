namespace InvoiceFunctions.Application.Contacts;

/// <summary>How a customer wants its invoices: by e-mail (the default), or on paper through the company's print provider.</summary>
public enum PreferredChannel
{
    /// <summary>E-mailed to the contact's address (and its copies); a bounce leads to the postal fallback.</summary>
    Email,

    /// <summary>Posted at once: the PDF and an address sheet go to the print provider's SFTP connector, no mail.</summary>
    Postal,
}
