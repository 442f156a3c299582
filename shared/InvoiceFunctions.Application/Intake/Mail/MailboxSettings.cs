using System.Net.Mail;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>A company's mailbox: on or off, its routing token, and the senders it accepts.</summary>
/// <param name="Token">Routes a message to the company from the subject ("[inv-{token}]") or a recipient's plus-address ("invoices+{token}@..."); generated, never chosen.</param>
/// <param name="AllowedSenders">
/// Addresses ("ap@supplier.example") and whole domains ("@supplier.example"), lower case. A listed sender routes to the
/// company without a token; when the list is not empty, a message with the token from anyone else is quarantined.
/// </param>
public sealed record MailboxSettings(bool Enabled, string? Token, IReadOnlyList<string> AllowedSenders, DateTimeOffset? UpdatedAt)
{
    public static readonly MailboxSettings None = new(false, null, [], null);

    /// <summary>True when the list names the sender or its domain.</summary>
    public bool Lists(string? sender) => sender is not null && SenderKeys(sender).Any(AllowedSenders.Contains);

    /// <summary>True when anyone may use the token (empty list) or the list names the sender.</summary>
    public bool AllowsWithToken(string? sender) => AllowedSenders.Count == 0 || Lists(sender);

    /// <summary>The allowlist entries that would name a sender: the address and "@domain".</summary>
    public static IEnumerable<string> SenderKeys(string sender)
    {
        var address = sender.Trim().ToLowerInvariant();
        yield return address;
        var at = address.LastIndexOf('@');
        if (at >= 0)
        {
            yield return address[at..];
        }
    }

    /// <summary>An entry as stored (lower case), or null when it is neither an address nor "@domain.tld".</summary>
    public static string? Normalize(string? entry)
    {
        var value = entry?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value) || value.Length > 254 || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }

        if (value.StartsWith('@'))
        {
            var domain = value[1..];
            return domain.Contains('.', StringComparison.Ordinal) && !domain.Contains('@', StringComparison.Ordinal) && MailAddress.TryCreate("x" + value, out _) ? value : null;
        }

        return MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal) ? value : null;
    }
}
