using System.Text;

namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>Finds RF references and invoice numbers in remittance text, whatever the separators and case.</summary>
internal static class RemittanceScanner
{
    /// <summary>Most consecutive words an invoice number may span ("FA 2026 0001" is three).</summary>
    private const int MaxWordsPerNumber = 6;

    /// <summary>The comparable form of an invoice number: letters and digits only, upper case.</summary>
    public static string NumberKey(string number)
    {
        var key = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// Each valid RF reference in the text, spaces allowed inside (print form): at every "RF" + two digits, the
    /// longest run of letters and digits (spaces skipped) that the <paramref name="known"/> test accepts.
    /// </summary>
    public static IEnumerable<string> CreditorReferences(string? text, Func<string, bool> known)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var compact = CreditorReference.Normalize(text);
        for (var i = compact.IndexOf("RF", StringComparison.Ordinal); i >= 0 && i + 4 < compact.Length; i = compact.IndexOf("RF", i + 2, StringComparison.Ordinal))
        {
            for (var length = Math.Min(4 + CreditorReference.MaxReferenceLength, compact.Length - i); length >= 5; length--)
            {
                if (CreditorReference.TryParse(compact.Substring(i, length), out var rf) && known(rf.Value))
                {
                    yield return rf.Value;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The keys of the numbers <paramref name="known"/> accepts that the text spells as whole words: a number may
    /// span consecutive words, and words also break between letters and digits ("FA2026/0001" reads FA, 2026, 0001),
    /// so "fa-2026-0001", "FA 2026 0001" and "Fa2026 0001" all find FA-2026-0001, and 12 is not found inside 2012.
    /// </summary>
    public static IReadOnlyList<string> InvoiceNumbers(string? text, Func<string, bool> known, int maxKeyLength)
    {
        var words = Words(text);
        var spans = new List<(int Start, int End, string Key)>();
        for (var start = 0; start < words.Count; start++)
        {
            var key = new StringBuilder();
            for (var k = start; k < words.Count && k < start + MaxWordsPerNumber; k++)
            {
                key.Append(words[k]);
                if (key.Length > maxKeyLength)
                {
                    break;
                }

                var candidate = key.ToString();
                if (known(candidate))
                {
                    spans.Add((start, k, candidate));
                }
            }
        }

        // "FA-2026-0001" names FA-2026-0001, not also an invoice numbered 2026-0001 inside it.
        return [.. spans
            .Where(s => !spans.Any(o => o != s && o.Start <= s.Start && o.End >= s.End && o.End - o.Start > s.End - s.Start))
            .Select(s => s.Key)
            .Distinct(StringComparer.Ordinal)];
    }

    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var c in text)
        {
            var alnum = char.IsAsciiLetterOrDigit(c);
            if (word.Length > 0 && (!alnum || char.IsAsciiDigit(c) != char.IsAsciiDigit(word[^1])))
            {
                words.Add(word.ToString());
                word.Clear();
            }

            if (alnum)
            {
                word.Append(char.ToUpperInvariant(c));
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
