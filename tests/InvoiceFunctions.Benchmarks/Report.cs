using System.Text;

namespace InvoiceFunctions.Benchmarks;

/// <summary>The figures of a run, printed as Markdown tables (pasteable into docs/benchmarks.md).</summary>
public sealed class Report
{
    private readonly List<string[]> rows = [];
    private readonly List<string[]> goals = [];

    public void Add(string measurement, string rate, string p50 = "", string p95 = "", string p99 = "", string errors = "", string notes = "") =>
        rows.Add([measurement, rate, p50, p95, p99, errors, notes]);

    public void Goal(string what, double localHost, double baseline, double goal, string unit)
    {
        var ratio = localHost / baseline;
        goals.Add([what, $"{localHost:0.#} {unit}", $"{baseline:0.#} {unit}", $"{ratio:0.00}", $">= {goal:0.0#}", ratio >= goal ? "met" : "MISSED"]);
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        Table(text, ["Measurement", "Rate", "p50 ms", "p95 ms", "p99 ms", "Errors", "Notes"], rows);
        if (goals.Count > 0)
        {
            text.AppendLine();
            Table(text, ["Goal", "Local host", "Baseline", "Ratio", "Goal", "Result"], goals);
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, string[] header, List<string[]> body)
    {
        var widths = header.Select((h, i) => body.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        void Line(string[] cells) => text.AppendLine("| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |");
        Line(header);
        text.AppendLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        body.ForEach(Line);
    }
}
