namespace InvoiceFunctions.App.Dunning;

/// <summary>
/// An invoice's dunning: the Durable instance's runtime status (NotStarted when there is none; Suspended after a user's
/// suspend; Terminated after a cancel), its progress, its outcome once it ended, and the steps taken; <see cref="Deliveries"/>:
/// a step's deliveries to each connector (every webhook, the collection file to each export connector), key <c>{instance}:{step}:{connector}</c>.
/// </summary>
public sealed record DunningView(
    string Instance, string Status, DunningProgress? Progress, string? Outcome, IReadOnlyList<DunningStepView> Steps, DateTimeOffset? CreatedAt, DateTimeOffset? LastUpdatedAt,
    IReadOnlyList<DunningStepView> Deliveries);
