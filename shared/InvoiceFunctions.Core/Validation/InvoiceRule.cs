using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Core.Validation;

/// <summary>A business rule: an id, its messages, and a check returning the paths of the fields that break it.</summary>
/// <param name="Id">Rule identifier (BR-xx).</param>
/// <param name="Message">English message.</param>
/// <param name="MessageFr">French message.</param>
/// <param name="Check">Returns the path of every offending field; empty when the rule holds.</param>
/// <param name="Severity">Fatal or warning.</param>
public sealed record InvoiceRule(string Id, string Message, string MessageFr, Func<Invoice, IEnumerable<string>> Check, RuleSeverity Severity = RuleSeverity.Fatal)
{
    /// <summary>A rule on the whole invoice that holds when <paramref name="holds"/> is true.</summary>
    public static InvoiceRule Require(string id, string path, string message, string messageFr, Func<Invoice, bool> holds) =>
        new(id, message, messageFr, invoice => holds(invoice) ? [] : [path]);

    /// <summary>A rule on each element of a list: the path gets the element index.</summary>
    public static InvoiceRule ForEach<T>(string id, string listPath, string field, string message, string messageFr, Func<Invoice, IEnumerable<T>> items, Func<T, bool> holds) =>
        new(id, message, messageFr, invoice => Failing(items(invoice), holds, listPath, field.Length > 0 ? "." + field : string.Empty));

    /// <summary>Runs the rule and turns each offending path into a failure.</summary>
    public IEnumerable<RuleFailure> Evaluate(Invoice invoice) =>
        Check(invoice).Select(Failure);

    /// <summary>The failure of this rule at a path.</summary>
    public RuleFailure Failure(string path) => new(Id, Message, MessageFr, path, Severity);

    private static IEnumerable<string> Failing<T>(IEnumerable<T> items, Func<T, bool> holds, string listPath, string field)
    {
        // A loop formats a path only for a failing element; most elements pass.
        var index = 0;
        foreach (var item in items)
        {
            if (!holds(item))
            {
                yield return $"{listPath}[{index}]{field}";
            }

            index++;
        }
    }
}
