namespace InvoiceFunctions.Core.Dunning;

/// <summary>The kinds of step a dunning policy takes, in escalating order.</summary>
public enum DunningStepKind
{
    /// <summary>Before the due date: a courtesy notice with the customer's statement of account.</summary>
    PreDueNotice,

    /// <summary>After the due date, repeated at a frequency up to a maximum count.</summary>
    Reminder,

    FirmReminder,

    /// <summary>Mise en demeure: the formal notice that opens the way to recovery.</summary>
    FormalNotice,

    /// <summary>Hand-off of the file to collection (an export), after which dunning stops.</summary>
    Collection,
}
