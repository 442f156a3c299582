using System.Text.RegularExpressions;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>File names of exported documents from a pattern such as <c>{number}.{ext}</c> (pure).</summary>
public static partial class FileNamePattern
{
    public const string Default = "{number}.{ext}";

    private static readonly HashSet<string> Placeholders = ["number", "invoiceId", "issueDate", "format", "ext"];

    /// <returns>Why the pattern cannot be used, or null.</returns>
    public static string? Problem(string pattern, int formats)
    {
        if (pattern.Length is 0 or > 200 || pattern.Contains('/', StringComparison.Ordinal) || pattern.Contains('\\', StringComparison.Ordinal) || pattern.Any(char.IsControl))
        {
            return "1 to 200 characters, no '/' or '\\'.";
        }

        var unknown = PlaceholderRegex().Matches(pattern).Select(m => m.Groups[1].Value).Where(p => !Placeholders.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            return $"Unknown placeholder(s) {string.Join(", ", unknown.Select(u => "{" + u + "}"))}; known: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}.";
        }

        return formats > 1 && !pattern.Contains("{ext}", StringComparison.Ordinal) && !pattern.Contains("{format}", StringComparison.Ordinal)
            ? "With several formats the pattern needs {ext} or {format}, or the files would overwrite each other."
            : null;
    }

    /// <summary>The pattern with its placeholders filled; characters outside letters, digits, '-', '_' and '.' become '_'.</summary>
    public static string Render(string pattern, string number, string invoiceId, DateOnly? issueDate, ConnectorFormat format)
    {
        var values = new Dictionary<string, string>
        {
            ["number"] = number,
            ["invoiceId"] = invoiceId,
            ["issueDate"] = issueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["format"] = format.ToString().ToLowerInvariant(),
            ["ext"] = Extension(format),
        };
        var name = PlaceholderRegex().Replace(pattern, m => values.GetValueOrDefault(m.Groups[1].Value, m.Value));
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).TrimStart('.');
        return safe.Length == 0 ? "_" : safe;
    }

    public static string Extension(ConnectorFormat format) => format switch
    {
        ConnectorFormat.Ubl => "ubl.xml",
        ConnectorFormat.Cii => "cii.xml",
        _ => "pdf",
    };

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PlaceholderRegex();
}
