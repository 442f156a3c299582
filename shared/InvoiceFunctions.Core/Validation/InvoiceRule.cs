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
        new(id, message, messageFr, invoice => items(invoice)
            .Select((item, index) => (item, index))
            .Where(x => !holds(x.item))
            .Select(x => $"{listPath}[{x.index}]{(field.Length > 0 ? "." + field : string.Empty)}"));

    /// <summary>Runs the rule and turns each offending path into a failure.</summary>
    public IEnumerable<RuleFailure> Evaluate(Invoice invoice) =>
        Check(invoice).Select(path => new RuleFailure(Id, Message, MessageFr, path, Severity));
}
