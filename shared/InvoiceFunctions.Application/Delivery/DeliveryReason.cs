namespace InvoiceFunctions.Application.Delivery;

/// <summary>Why a delivery was asked for.</summary>
public enum DeliveryReason
{
    /// <summary>The invoice was issued and archived: delivered once per channel and receiver (duplicates send nothing).</summary>
    Issued,

    /// <summary>An explicit re-send: a new attempt even when an earlier one was sent.</summary>
    Resend,

    /// <summary>The correction delay after a bounce ended: print and post it through the print provider unless a re-send went through since.</summary>
    Postal,
}
