namespace InvoiceFunctions.Application.Ledger;

/// <summary>
/// The stages of the issue pipeline, in order. Each queue stage moves an invoice one step with a conditional write,
/// so a retried message finds the step done and only passes the invoice on.
/// </summary>
public enum IssueProgress
{
    None,
    Requested,
    Validated,
    Numbered,
    Rendered,
    Archived,
    Issued,
}
