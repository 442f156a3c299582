using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>What EN 16931 requires of one VAT category: the data behind its BR-S/Z/E/AE/IC/G/O/IG/IP rules.</summary>
/// <param name="Category">The category.</param>
/// <param name="Prefix">Rule id prefix: S, Z, E, AE, IC (K), G, O, IG (L), IP (M).</param>
/// <param name="NameEn">English name of the category.</param>
/// <param name="NameFr">French name of the category.</param>
/// <param name="Rate">Constraint on the rate.</param>
/// <param name="Parties">Which VAT identifiers are required (or forbidden).</param>
/// <param name="ExemptionReasonRequired">True: E, AE, K, G, O need a reason; false: S, Z, L, M shall have none.</param>
/// <param name="PerRate">True when the category may have several rates (one breakdown each).</param>
internal sealed record VatCategorySpec(
    VatCategory Category, string Prefix, string NameEn, string NameFr, RateConstraint Rate, PartyRequirement Parties, bool ExemptionReasonRequired, bool PerRate);
