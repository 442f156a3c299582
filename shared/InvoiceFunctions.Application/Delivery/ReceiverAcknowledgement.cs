using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>What a receiver says through its acknowledgement link.</summary>
/// <param name="Status"><see cref="DeliveryState.Delivered"/> (it arrived) or <see cref="DeliveryState.Acknowledged"/> (taken in, the default).</param>
/// <param name="Note">A short note kept with the attempt (its reference on the receiver's side...).</param>
public sealed record ReceiverAcknowledgement(DeliveryState? Status = null, string? Note = null)
{
    public const int MaxNote = 200;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Status is not (null or DeliveryState.Delivered or DeliveryState.Acknowledged))
        {
            errors.Add(new FieldError("status", "Delivered or Acknowledged."));
        }

        if (Note is { } note && (note.Length > MaxNote || note.Any(char.IsControl)))
        {
            errors.Add(new FieldError("note", $"At most {MaxNote} characters, no control characters."));
        }

        return errors;
    }
}
