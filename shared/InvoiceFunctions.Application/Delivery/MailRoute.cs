namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// A company relay with its password read from the deployment's secrets, for one mail. Not a record: its text
/// (in logs, exceptions, a record's ToString) names the relay and never carries the password.
/// </summary>
public sealed class MailRoute(SmtpRelay relay, string? password)
{
    public SmtpRelay Relay { get; } = relay;

    public string? Password { get; } = password;

    public override string ToString() => $"{Relay.Host}:{Relay.Port}";
}
