using System.ComponentModel.DataAnnotations;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>Section "Dunning".</summary>
public sealed class DunningOptions
{
    public const string Section = "Dunning";

    /// <summary>
    /// The ECB main refinancing rate the French default policy adds 10 points to (Code de commerce L441-10: the
    /// rate of the ECB's most recent operation). Update it when the ECB moves; companies may also set their own rate.
    /// </summary>
    [Range(typeof(decimal), "0", "20")]
    public decimal EcbRatePercent { get; set; } = 2.15m;
}
