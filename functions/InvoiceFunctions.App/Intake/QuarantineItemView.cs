using InvoiceFunctions.Application.Intake;

namespace InvoiceFunctions.App.Intake;

/// <summary>A quarantine item as the API shows it (no storage path or version).</summary>
public sealed record QuarantineItemView(
    string Id, string Kind, string Name, string Code, string Message, IReadOnlyList<string> Details, DateTimeOffset At, long Size, QuarantineState State, string? Outcome, DateTimeOffset? UpdatedAt)
{
    public static QuarantineItemView From(QuarantineItem i) => new(i.Id, i.Kind, i.Name, i.Code, i.Message, i.Details, i.At, i.Size, i.State, i.Outcome, i.UpdatedAt);
}
