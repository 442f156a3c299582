using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// A line of a draft. With <see cref="ProductId"/> the catalogue gives the name, price and VAT rate unless the
/// line says otherwise; without it, name and unit price are required.
/// </summary>
/// <param name="UnitCode">UN/ECE Rec 20 unit (BT-130), default C62 (one).</param>
/// <param name="VatCategory">BT-151, default Standard (or ZeroRated for a 0 % rate).</param>
public sealed record DraftLine(
    decimal Quantity,
    string? ProductId = null,
    string? Name = null,
    string? Description = null,
    decimal? UnitPrice = null,
    string? UnitCode = null,
    decimal? VatRate = null,
    VatCategory? VatCategory = null,
    Period? Period = null,
    string? OrderLineReference = null);
