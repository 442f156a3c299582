using System.Globalization;
using System.Text;

namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>
/// Compares a payer's name as the bank writes it with a customer's name: accents, case, punctuation, word order,
/// legal forms ("SARL", "GmbH", "S.A.R.L.") and titles ("M.", "Mme") do not count; a small typo does little.
/// </summary>
public static class PartyNames
{
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal)
    {
        "SARL", "SAS", "SASU", "SA", "EURL", "SNC", "SCI", "SCOP", "SCA", "SCS", "SELARL", "SELAS", "EI", "EIRL", "GIE",
        "GMBH", "AG", "KG", "OHG", "UG", "EV", "LTD", "LIMITED", "PLC", "LLP", "LLC", "INC", "CORP", "CORPORATION",
        "BV", "NV", "BVBA", "SPRL", "SRL", "SPA", "SL", "SE", "AB", "AS", "OY", "CO", "CIE", "COMPANY",
        "ET", "AND", "UND", "THE", "LE", "LA", "LES", "L", "DE", "DU", "DES", "D", "ETS", "ETABLISSEMENTS", "STE", "SOCIETE",
        "M", "MR", "MRS", "MS", "MME", "MLLE", "DR", "HERR", "FRAU",
    };

    /// <summary>The significant words of a name, upper case without accents, sorted and distinct.</summary>
    public static IReadOnlyList<string> Tokens(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var plain = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : ' ');
        }

        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        var significant = words.Where(w => !Noise.Contains(w)).ToList();
        return [.. (significant.Count > 0 ? significant : words).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// 0 to 1: 1 when the significant words are the same (in any order), 0.9 when one name's words are all in the
    /// other's, otherwise the Dice coefficient of the letter pairs of the sorted words.
    /// </summary>
    public static double Similarity(string? a, string? b) => Similarity(new PartyName(a), new PartyName(b));

    internal static double Similarity(PartyName a, PartyName b)
    {
        if (a.Words.Count == 0 || b.Words.Count == 0)
        {
            return 0;
        }

        if (a.Joined == b.Joined)
        {
            return 1;
        }

        var (small, large) = a.Words.Count <= b.Words.Count ? (a.Words, b.Words) : (b.Words, a.Words);
        var contained = small.All(w => large.Contains(w, StringComparer.Ordinal)) ? 0.9 : 0;
        return Math.Max(contained, Dice(a.Pairs, b.Pairs));
    }

    /// <summary>Dice coefficient of two sorted multisets of letter pairs.</summary>
    private static double Dice(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * common / (a.Length + b.Length);
    }
}

/// <summary>A name prepared for comparison: its significant words, their sorted join, and its letter pairs.</summary>
internal sealed class PartyName
{
    public PartyName(string? name)
    {
        Words = PartyNames.Tokens(name);
        Joined = string.Join(' ', Words);
        var pairs = new int[Math.Max(0, Joined.Length - 1)];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = (Joined[i] << 16) | Joined[i + 1];
        }

        Array.Sort(pairs);
        Pairs = pairs;
    }

    public IReadOnlyList<string> Words { get; }

    public string Joined { get; }

    public int[] Pairs { get; }
}
