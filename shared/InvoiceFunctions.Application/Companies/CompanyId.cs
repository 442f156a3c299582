using System.Text.RegularExpressions;

namespace InvoiceFunctions.Application.Companies;

/// <summary>A company's identifier: a lower-case slug used in routes, partition keys and blob paths.</summary>
public readonly partial record struct CompanyId
{
    private CompanyId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out CompanyId id)
    {
        id = default;
        if (text is null || !Slug().IsMatch(text))
        {
            return false;
        }

        id = new CompanyId(text);
        return true;
    }

    public static CompanyId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new ArgumentException($"'{text}' is not a company id: 2-40 characters a-z, 0-9 and '-', starting with a letter or digit.", nameof(text));

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex Slug();
}
