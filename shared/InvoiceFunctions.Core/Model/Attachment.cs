namespace InvoiceFunctions.Core.Model;

/// <summary>Additional supporting document (BG-24).</summary>
public sealed record Attachment
{
    /// <summary>Supporting document reference (BT-122).</summary>
    public required string Id { get; init; }

    /// <summary>Supporting document description (BT-123).</summary>
    public string? Description { get; init; }

    /// <summary>External document location (BT-124).</summary>
    public string? ExternalUri { get; init; }

    /// <summary>Attached document (BT-125), base64 as carried in the XML (kept verbatim for a lossless round trip).</summary>
    public string? ContentBase64 { get; init; }

    /// <summary>Attached document MIME code (BT-125-1).</summary>
    public string? MimeCode { get; init; }

    /// <summary>Attached document filename (BT-125-2).</summary>
    public string? FileName { get; init; }
}
