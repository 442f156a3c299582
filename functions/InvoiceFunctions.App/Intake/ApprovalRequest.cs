namespace InvoiceFunctions.App.Intake;

/// <summary>A decision on a purchase invoice: "approve" or "dispute", with an optional comment for the history.</summary>
public sealed record ApprovalRequest(string? Decision, string? Comment);
