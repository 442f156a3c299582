namespace InvoiceFunctions.Core.Dunning;

/// <summary>A dispute (or suspension): from <see cref="From"/> until <see cref="Until"/> (exclusive; null while still open).</summary>
public sealed record DunningPause(DateOnly From, DateOnly? Until)
{
    public int Days => Until is { } until ? until.DayNumber - From.DayNumber : 0;
}
