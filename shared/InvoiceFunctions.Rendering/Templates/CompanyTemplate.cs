using InvoiceFunctions.Rendering.Fonts;

namespace InvoiceFunctions.Rendering.Templates;

/// <summary>A company's look: logo, accent colour, font, which optional fields appear, footer and the terms printed in the legal mentions.</summary>
public sealed record CompanyTemplate
{
    /// <summary>The default template: Liberation Sans, dark blue accent, every optional field, no logo.</summary>
    public static CompanyTemplate Default { get; } = new();

    /// <summary>Logo as PNG, JPEG or SVG bytes (from the templates container, format sniffed: <see cref="LogoImage"/>); drawn top left, at most 150 x 55 pt, an SVG as vectors.</summary>
    public ReadOnlyMemory<byte> Logo { get; init; }

    /// <summary>Accent colour as #RRGGBB (titles, table header, rules).</summary>
    public string AccentColor { get; init; } = "#1F4E79";

    /// <summary>The bundled font family.</summary>
    public BundledFont Font { get; init; } = BundledFont.LiberationSans;

    /// <summary>The optional parts shown.</summary>
    public TemplateFields Fields { get; init; } = TemplateFields.All;

    /// <summary>Custom footer text printed at the bottom of every page (e.g. "ACME SAS - 1 rue de la Paix - www.acme.fr").</summary>
    public string? FooterText { get; init; }

    /// <summary>Annual late-payment penalty rate in percent (French mention, Code de commerce L441-10); null prints the legal minimum wording (three times the legal interest rate).</summary>
    public decimal? LatePaymentPenaltyRate { get; init; }

    /// <summary>Early payment discount terms (French mention); null prints "no discount for early payment".</summary>
    public string? EarlyPaymentDiscount { get; init; }

    /// <summary>Registration with the trade register (RCS city), printed with the SIREN, e.g. "RCS Paris".</summary>
    public string? TradeRegister { get; init; }
}
