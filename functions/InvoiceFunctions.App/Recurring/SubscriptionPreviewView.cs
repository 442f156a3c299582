using InvoiceFunctions.Application.Recurring;

namespace InvoiceFunctions.App.Recurring;

/// <summary>The coming periods of subscription terms.</summary>
public sealed record SubscriptionPreviewView(IReadOnlyList<PreviewPeriod> Periods);
