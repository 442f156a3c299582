namespace InvoiceFunctions.Application.Intake;

/// <summary>A refusal before anything was recorded: its code, a message for people and every detail found.</summary>
public sealed record IntakeRefusal(IntakeRefusalCode Code, string Message, IReadOnlyList<string> Details)
{
    public IntakeRefusal(IntakeRefusalCode code, string message)
        : this(code, message, [])
    {
    }
}
