namespace InvoiceFunctions.Application.Dunning;

/// <summary>What running one step did.</summary>
public enum DunningStepOutcome
{
    Sent,

    /// <summary>The step was taken before (a replay or a retry): nothing sent.</summary>
    AlreadyTaken,

    /// <summary>A previous run recorded its intent and stopped: marked unconfirmed, not sent again.</summary>
    Unconfirmed,
    Failed,

    /// <summary>The invoice is paid, credited or cancelled: nothing sent, dunning ends.</summary>
    Stopped,

    /// <summary>The invoice is disputed or suspended: nothing sent, dunning waits.</summary>
    Paused,
}
