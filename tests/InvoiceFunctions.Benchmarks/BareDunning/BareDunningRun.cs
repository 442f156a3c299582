namespace InvoiceFunctions.Benchmarks.BareDunning;

/// <summary>The input of one bare dunning execution: the invoice and the steps taken so far.</summary>
public sealed record BareDunningRun(string InvoiceId, int StepsTaken);
