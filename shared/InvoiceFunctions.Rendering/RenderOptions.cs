using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.Rendering;

/// <summary>How to render one document.</summary>
public sealed record RenderOptions
{
    /// <summary>Language of labels and formats.</summary>
    public DocumentLanguage Language { get; init; } = DocumentLanguage.French;

    /// <summary>The company template.</summary>
    public CompanyTemplate Template { get; init; } = CompanyTemplate.Default;

    /// <summary>The document's creation time written in the PDF metadata; null uses the invoice issue date at midnight UTC, so the output is reproducible.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
