namespace InvoiceFunctions.Core.Payments;

/// <summary>A bank statement (camt.053 or CSV) that cannot be read, with why and where.</summary>
public sealed class BankStatementFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BankStatementFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BankStatementFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public BankStatementFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its reason and location.</summary>
    public BankStatementFormatException(StatementError error, string message, string? location = null, Exception? innerException = null)
        : base(location is null ? message : $"{message} (at {location})", innerException)
    {
        Error = error;
        Location = location;
    }

    /// <summary>Why the statement was refused.</summary>
    public StatementError Error { get; }

    /// <summary>Where: an element path such as <c>Stmt[1]/Ntry[3]/Amt</c>, or <c>line 5, column "Amount"</c>.</summary>
    public string? Location { get; }

    /// <summary>The schema errors, when <see cref="Error"/> is <see cref="StatementError.SchemaInvalid"/>.</summary>
    public IReadOnlyList<string> SchemaErrors { get; init; } = [];
}
