using InvoiceFunctions.Application.Intake.Mail;

namespace InvoiceFunctions.App.Intake.Mailbox;

/// <summary>A page of a company's inbound messages, newest first.</summary>
public sealed record InboundMailListView(IReadOnlyList<InboundMailRecord> Items, string? Continuation);
