using System.Text;

namespace InvoiceFunctions.Infra.Tests.Templates;

/// <summary>Just enough of the ARM template expression language to read what Bicep compiles objects to.</summary>
public static class ArmExpression
{
    /// <summary>The top-level arguments of the first call to <paramref name="function"/> in an expression.</summary>
    public static IReadOnlyList<string> Arguments(string expression, string function) =>
        Arguments(expression, function, expression.IndexOf(function + "(", StringComparison.Ordinal));

    /// <summary>The key/value pairs of every createObject(...) in an expression (a union of objects), merged.</summary>
    public static IReadOnlyDictionary<string, string> CreateObjects(string expression)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var at = expression.IndexOf("createObject(", StringComparison.Ordinal); at >= 0;
             at = expression.IndexOf("createObject(", at + 1, StringComparison.Ordinal))
        {
            var arguments = Arguments(expression, "createObject", at);
            for (var i = 0; i + 1 < arguments.Count; i += 2)
            {
                pairs.TryAdd(Unquote(arguments[i]), arguments[i + 1]);
            }
        }

        return pairs;
    }

    private static IReadOnlyList<string> Arguments(string expression, string function, int start)
    {
        if (start < 0)
        {
            throw new InvalidOperationException($"No {function}( in {expression}");
        }

        var arguments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var inString = false;
        for (var i = start + function.Length + 1; i < expression.Length; i++)
        {
            var c = expression[i];
            if (inString)
            {
                current.Append(c);
                if (c == '\'')
                {
                    // '' is an escaped quote inside a string literal.
                    if (i + 1 < expression.Length && expression[i + 1] == '\'')
                    {
                        current.Append('\'');
                        i++;
                    }
                    else
                    {
                        inString = false;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '\'':
                    inString = true;
                    current.Append(c);
                    break;
                case '(' or '[':
                    depth++;
                    current.Append(c);
                    break;
                case ')' or ']' when depth == 0:
                    arguments.Add(current.ToString().Trim());
                    return arguments;
                case ')' or ']':
                    depth--;
                    current.Append(c);
                    break;
                case ',' when depth == 0:
                    arguments.Add(current.ToString().Trim());
                    current.Clear();
                    break;
                default:
                    current.Append(c);
                    break;
            }
        }

        throw new InvalidOperationException($"Unbalanced {function}( in {expression}");
    }

    /// <summary>The text of a string literal ('...' with '' escapes).</summary>
    public static string Unquote(string literal) =>
        literal.Length >= 2 && literal[0] == '\'' && literal[^1] == '\''
            ? literal[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : throw new InvalidOperationException($"Not a string literal: {literal}");
}
