namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>Code lists the EN 16931 BR-CL rules check (subset implemented: document type codes).</summary>
public static class CodeLists
{
    private static readonly HashSet<int> DocumentTypes =
    [
        71, 80, 81, 82, 83, 84, 102, 130, 202, 203, 204, 211, 218, 219, 261, 262, 295, 296, 308, 325, 326, 331, 380, 381, 382, 383, 384, 385,
        386, 387, 388, 389, 390, 393, 394, 395, 396, 420, 456, 457, 458, 471, 472, 473, 500, 501, 502, 503, 527, 532, 553, 575, 623, 633,
        751, 780, 817, 870, 875, 876, 877, 935,
    ];

    /// <summary>True for a UNTDID 1001 code of the EN 16931 invoice or credit note lists (BR-CL-01).</summary>
    public static bool IsDocumentTypeCode(int code) => DocumentTypes.Contains(code);
}
