namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>A message as a tree: headers, whether it is a delivery status notification, its leaf parts in document order.</summary>
/// <param name="IsDeliveryReport">multipart/report; report-type=delivery-status (RFC 3464).</param>
/// <param name="TooDeep">A nested message below the depth limit was not read.</param>
public sealed record ParsedMail(MailHeaders Headers, bool IsDeliveryReport, IReadOnlyList<MailPart> Parts, bool TooDeep = false);
