namespace InvoiceFunctions.Rendering.Localization;

/// <summary>The language of the rendered document: labels, number and date formats.</summary>
public enum DocumentLanguage
{
    /// <summary>French (fr-FR).</summary>
    French,

    /// <summary>English (en-GB: day-month-year dates).</summary>
    English,
}
