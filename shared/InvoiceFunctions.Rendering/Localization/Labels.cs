using System.Globalization;
using System.Resources;

namespace InvoiceFunctions.Rendering.Localization;

/// <summary>The printed labels of one language, from Labels.resx (English) and Labels.fr.resx (French).</summary>
internal sealed class Labels
{
    private static readonly ResourceManager Resources = new("InvoiceFunctions.Rendering.Localization.Labels", typeof(Labels).Assembly);

    public Labels(DocumentLanguage language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language == DocumentLanguage.French ? "fr-FR" : "en-GB");
    }

    public DocumentLanguage Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>The label, or throws: a missing label is a bug, never printed as its key.</summary>
    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"No label '{key}' for {Culture.Name}.");

    /// <summary>The label, or null when the resources have none (used for optional lookups such as unit names).</summary>
    public string? Find(string key) => Resources.GetString(key, Culture);

    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);
}
