namespace InvoiceFunctions.Application.Quotes;

/// <summary>Where a quote stands. A sent quote past its validity reads as expired and can no longer be accepted.</summary>
public enum QuoteStatus
{
    Draft,
    Sent,
    Accepted,
    Declined,
    Expired,
}
