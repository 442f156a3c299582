using System.Globalization;
using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Core.Formats.Xml;

/// <summary>
/// Navigation over a loaded document that remembers which elements were read, so that every element the model
/// does not carry can be reported, and collects mandatory elements found missing.
/// </summary>
internal sealed class ReadContext
{
    private readonly HashSet<XElement> seen = [];
    private readonly List<RuleFailure> missing = [];

    public IReadOnlyList<RuleFailure> Missing => missing;

    public XElement? Child(XElement? parent, XName name)
    {
        var child = parent?.Element(name);
        Mark(child);
        return child;
    }

    public IEnumerable<XElement> Children(XElement? parent, XName name)
    {
        if (parent is null)
        {
            return [];
        }

        var children = parent.Elements(name).ToList();
        children.ForEach(c => Mark(c));
        return children;
    }

    public XElement? Path(XElement? from, params XName[] names)
    {
        var current = from;
        foreach (var name in names)
        {
            current = Child(current, name);
        }

        return current;
    }

    public string? Text(XElement? parent, params XName[] names) => NonEmpty(Path(parent, names)?.Value);

    public decimal? Decimal(XElement? parent, params XName[] names) => ParseDecimal(Path(parent, names));

    public decimal? ParseDecimal(XElement? element)
    {
        var text = NonEmpty(element?.Value);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Fail("FMT-02", $"Not a decimal number: '{text}'.", $"Nombre décimal invalide : « {text} ».", PathOf(element!));
        return null;
    }

    /// <summary>Reports a date element whose text is not a valid date of the syntax (FMT-01).</summary>
    public DateOnly BadDate(string text, string path)
    {
        Fail("FMT-01", $"Not a valid date: '{text}'.", $"Date invalide : « {text} ».", path);
        return DateOnly.MinValue;
    }

    /// <summary>The amount of an allowance or charge, reporting BR-31/36 (document) or BR-41/43 (line) when absent.</summary>
    public decimal AllowanceChargeAmount(decimal? amount, bool isCharge, bool lineLevel, string path) =>
        Required(amount, (lineLevel, isCharge) switch
        {
            (false, false) => "BR-31",
            (false, true) => "BR-36",
            (true, false) => "BR-41",
            _ => "BR-43",
        }, isCharge ? "Charge amount (BT-99, BT-141)" : "Allowance amount (BT-92, BT-136)", path + ".Amount");

    /// <summary>Reports payment means elements without a type code (BR-49).</summary>
    public void RequireMeansCodes(IEnumerable<XElement> means, XName codeName)
    {
        if (means.Any(m => string.IsNullOrWhiteSpace(m.Element(codeName)?.Value)))
        {
            Required((string?)null, "BR-49", "Payment means type code (BT-81)", "PaymentInstructions.MeansCode");
        }
    }

    public string Required(string? value, string ruleId, string term, string path)
    {
        if (value is null)
        {
            Fail(ruleId, $"Mandatory element {term} is missing.", $"L'élément obligatoire {term} est absent.", path);
        }

        return value ?? string.Empty;
    }

    public decimal Required(decimal? value, string ruleId, string term, string path)
    {
        if (value is null)
        {
            Fail(ruleId, $"Mandatory element {term} is missing.", $"L'élément obligatoire {term} est absent.", path);
        }

        return value ?? 0m;
    }

    public VatCategory Category(string? code, string ruleId, string path)
    {
        if (VatCategoryCodes.TryParse(code, out var category))
        {
            return category;
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            Fail(ruleId, "VAT category code is missing.", "Code de catégorie de TVA absent.", path);
        }
        else
        {
            Fail(path.StartsWith("Lines", StringComparison.Ordinal) ? "BR-CL-18" : "BR-CL-17", $"VAT category code '{code}' MUST be coded using UNCL5305 code list.", $"Le code de catégorie de TVA « {code} » doit appartenir à la liste UNCL 5305.", path);
        }

        return (VatCategory)(-1);
    }

    /// <summary>An optional VAT category (allowances and charges): absent is null, unknown is reported (BR-CL-17).</summary>
    public VatCategory? OptionalCategory(string? code, string path) =>
        code is null ? null : Category(code, "BR-CL-17", path);

    public void Fail(string ruleId, string en, string fr, string path) => missing.Add(new RuleFailure(ruleId, en, fr, path));

    public void Mark(XElement? element)
    {
        if (element is not null)
        {
            seen.Add(element);
        }
    }

    /// <summary>Marks an element and everything under it as read (a subtree the reader consumed whole).</summary>
    public void MarkAll(XElement? element)
    {
        if (element is not null)
        {
            seen.Add(element);
            seen.UnionWith(element.Descendants());
        }
    }

    /// <summary>Top-most elements that were not read although their parent was.</summary>
    public IReadOnlyList<string> Unsupported(XElement root) =>
        root.Descendants().Where(e => !seen.Contains(e) && e.Parent is { } p && seen.Contains(p)).Select(PathOf).ToList();

    public static string PathOf(XElement element) =>
        string.Join('/', element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
