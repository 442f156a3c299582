using System.Text.Encodings.Web;
using Fluid;
using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>Parses and renders the Liquid templates (Fluid) of a company's mails: plain text, no HTML encoding, bounded work.</summary>
public static class EmailTemplateRenderer
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 20_000;

    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new() { MaxSteps = 100_000, MaxRecursion = 20 };

    /// <summary>Every problem of a template, with its path ("templates.fr.subject"...).</summary>
    public static IEnumerable<FieldError> Validate(EmailTemplate template, string path)
    {
        if (string.IsNullOrWhiteSpace(template.Subject) || template.Subject.Length > MaxSubjectLength)
        {
            yield return new FieldError(path + ".subject", $"Required, at most {MaxSubjectLength} characters.");
        }
        else if (!Parser.TryParse(template.Subject, out _, out var error))
        {
            yield return new FieldError(path + ".subject", "Not a valid Liquid template: " + error);
        }

        if (string.IsNullOrWhiteSpace(template.Body) || template.Body.Length > MaxBodyLength)
        {
            yield return new FieldError(path + ".body", $"Required, at most {MaxBodyLength} characters.");
        }
        else if (!Parser.TryParse(template.Body, out _, out var error))
        {
            yield return new FieldError(path + ".body", "Not a valid Liquid template: " + error);
        }
    }

    /// <returns>The subject (on one line) and the body.</returns>
    public static (string Subject, string Body) Render(EmailTemplate template, IReadOnlyDictionary<string, object> model)
    {
        var subject = RenderOne(template.Subject!, model);
        return (string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), RenderOne(template.Body!, model));
    }

    private static string RenderOne(string source, IReadOnlyDictionary<string, object> model)
    {
        var template = Parser.Parse(source);
        var context = new TemplateContext(Options);
        foreach (var (name, value) in model)
        {
            context.SetValue(name, value);
        }

        return template.Render(context, NullEncoder.Default);
    }
}
