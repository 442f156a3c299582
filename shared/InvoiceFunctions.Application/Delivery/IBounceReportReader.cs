namespace InvoiceFunctions.Application.Delivery;

/// <summary>Reads a raw inbound mail (.eml) as a delivery status notification.</summary>
public interface IBounceReportReader
{
    public const int MaxBytes = 10 << 20;

    /// <returns>The failure it reports, or null when the mail is not a DSN of a failed delivery with an original Message-ID.</returns>
    BounceReport? Read(ReadOnlyMemory<byte> message);
}
