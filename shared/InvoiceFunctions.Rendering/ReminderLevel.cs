namespace InvoiceFunctions.Rendering;

/// <summary>How firm a payment reminder is: its title and opening paragraph follow it.</summary>
public enum ReminderLevel
{
    /// <summary>Relance / PAYMENT REMINDER.</summary>
    Reminder,

    /// <summary>Dernière relance / FINAL REMINDER.</summary>
    FirmReminder,

    /// <summary>Mise en demeure / FORMAL NOTICE: a deadline before collection.</summary>
    FormalNotice,
}
