namespace InvoiceFunctions.Core.Payments;

/// <summary>The kinds of bank statement files read.</summary>
public enum StatementFormat
{
    /// <summary>ISO 20022 camt.053 XML.</summary>
    Camt053,

    /// <summary>A CSV export, read with a <see cref="Csv.CsvStatementMapping"/>.</summary>
    Csv,
}
