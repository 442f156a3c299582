namespace InvoiceFunctions.Application.Issuing;

/// <summary>The queue-triggered stages of the issue pipeline; each has its own queue (<see cref="IssueQueues"/>).</summary>
public enum IssueStage
{
    Validate,
    Number,
    Render,
    Archive,
    Record,
}
