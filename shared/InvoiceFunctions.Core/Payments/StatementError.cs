namespace InvoiceFunctions.Core.Payments;

/// <summary>Why a bank statement was refused.</summary>
public enum StatementError
{
    /// <summary>Not well-formed XML, a DTD, too large or too deep; or CSV text that cannot be split into rows.</summary>
    Malformed,

    /// <summary>Well-formed, but not a camt.053 document (other root or namespace).</summary>
    UnsupportedDocument,

    /// <summary>A required element or column is missing.</summary>
    MissingElement,

    /// <summary>A value cannot be read (amount, date, indicator, currency).</summary>
    InvalidValue,

    /// <summary>The document does not match the XSD handed in.</summary>
    SchemaInvalid,

    /// <summary>The CSV mapping itself is wrong (no amount columns, unknown header).</summary>
    InvalidMapping,
}
