namespace InvoiceFunctions.Core.Formats;

/// <summary>The input is not a readable invoice document (not XML, DTD present, too large or too deep, unknown root).</summary>
public sealed class InvoiceFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvoiceFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvoiceFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the XML error behind it.</summary>
    public InvoiceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
