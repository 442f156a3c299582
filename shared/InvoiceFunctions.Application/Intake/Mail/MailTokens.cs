using System.Text.RegularExpressions;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>Finds routing tokens: "[inv-{token}]" in the subject, "{name}+{token}@{domain}" among the recipients.</summary>
public static partial class MailTokens
{
    /// <returns>Each distinct token (lower case) with where it was found ("subject" or "recipient").</returns>
    public static IReadOnlyList<(string Token, string Where)> Find(MailHeaders headers)
    {
        var found = new List<(string, string)>();
        if (headers.Subject is { } subject)
        {
            found.AddRange(SubjectTag().Matches(subject).Select(m => (m.Groups["token"].Value.ToLowerInvariant(), "subject")));
        }

        foreach (var recipient in headers.Recipients)
        {
            var at = recipient.LastIndexOf('@');
            var plus = at > 0 ? recipient.LastIndexOf('+', at - 1) : -1;
            if (plus >= 0 && Token().IsMatch(recipient[(plus + 1)..at]))
            {
                found.Add((recipient[(plus + 1)..at].ToLowerInvariant(), "recipient"));
            }
        }

        return [.. found.DistinctBy(f => f.Item1)];
    }

    [GeneratedRegex(@"\[inv-(?<token>[a-z0-9]{6,32})\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex SubjectTag();

    [GeneratedRegex("^[a-zA-Z0-9]{6,32}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Token();
}
