using System.ComponentModel.DataAnnotations;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>Section "Recurring".</summary>
public sealed class RecurringOptions
{
    public const string Section = "Recurring";

    /// <summary>
    /// Subscriptions per page of a billing run (one sub-orchestration each): bounds a page's history and the payloads
    /// between the run and its pages. Read when a run starts; tests lower it to run many pages over a few subscriptions.
    /// </summary>
    [Range(1, 1000)]
    public int BillingPageSize { get; set; } = 500;
}
