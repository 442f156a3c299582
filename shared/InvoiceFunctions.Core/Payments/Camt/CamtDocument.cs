namespace InvoiceFunctions.Core.Payments.Camt;

/// <summary>A camt.053 Bank-to-Customer Statement message: its header and the statements it carries (one per account and period).</summary>
/// <param name="MessageDefinition">The message version read from the namespace, e.g. <c>camt.053.001.08</c>.</param>
/// <param name="Version">The version number (2 for camt.053.001.02).</param>
/// <param name="MessageId">The bank's message identification (<c>GrpHdr/MsgId</c>).</param>
/// <param name="CreatedAt">When the message was created (<c>GrpHdr/CreDtTm</c>; no offset: taken as UTC).</param>
/// <param name="Statements">The statements, in document order.</param>
public sealed record CamtDocument(string MessageDefinition, int Version, string MessageId, DateTimeOffset? CreatedAt, IReadOnlyList<BankStatement> Statements);
