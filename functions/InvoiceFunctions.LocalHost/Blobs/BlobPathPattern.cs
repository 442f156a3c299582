using System.Text.RegularExpressions;

namespace InvoiceFunctions.LocalHost.Blobs;

/// <summary>A blob trigger path such as "inbox/{company}/{name}": the container and a matcher that yields the placeholders.</summary>
public sealed class BlobPathPattern
{
    private readonly Regex matcher;

    public BlobPathPattern(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        Container = slash < 0 ? path : path[..slash];
        var blob = slash < 0 ? "{name}" : path[(slash + 1)..];
        var placeholders = Regex.Matches(blob, @"\{([^}]+)\}");
        var pattern = "^";
        var at = 0;
        for (var i = 0; i < placeholders.Count; i++)
        {
            var placeholder = placeholders[i];
            pattern += Regex.Escape(blob[at..placeholder.Index]);
            // The last placeholder takes the rest, slashes included; the others take as little as they can.
            pattern += $"(?<{placeholder.Groups[1].Value}>{(i == placeholders.Count - 1 ? ".+" : ".+?")})";
            at = placeholder.Index + placeholder.Length;
        }

        matcher = new Regex(pattern + Regex.Escape(blob[at..]) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string Container { get; }

    public bool TryMatch(string container, string blobName, out Dictionary<string, object?> values)
    {
        values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (!string.Equals(container, Container, StringComparison.Ordinal))
        {
            return false;
        }

        var match = matcher.Match(blobName);
        if (!match.Success)
        {
            return false;
        }

        foreach (var name in matcher.GetGroupNames().Where(n => !int.TryParse(n, out _)))
        {
            values[name] = match.Groups[name].Value;
        }

        return true;
    }
}
