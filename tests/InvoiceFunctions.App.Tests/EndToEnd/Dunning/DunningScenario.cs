namespace InvoiceFunctions.App.Tests.EndToEnd.Dunning;

/// <summary>What happens to one invoice of the plan-versus-reality test.</summary>
public enum DunningScenario
{
    /// <summary>Never paid: every planned step.</summary>
    Unpaid,

    /// <summary>Paid in full right after it is issued: no step.</summary>
    PaidAtOnce,

    /// <summary>200.00 paid right after it is issued: every planned step, on the balance of 1 000.00.</summary>
    PartiallyPaid,

    /// <summary>Paid in full once its first step is sent: that step only.</summary>
    PaidAfterFirstStep,

    /// <summary>In dispute (lifecycle 207) right after it is issued, closed (209) after the first restart: every step, all after the close.</summary>
    Disputed,
}
