using System.Text;

namespace InvoiceFunctions.Core.Formats.Csv;

/// <summary>Splits RFC 4180 text into rows: quoted fields may hold the delimiter, doubled quotes and line breaks (bank statements, invoice batches).</summary>
public static class CsvRows
{
    /// <summary>The non-empty rows with the line each starts on.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(TextReader text, char delimiter, int maxFieldLength)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var wasQuoted = false;
        int c;
        while ((c = text.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (text.Peek() == '"')
                    {
                        text.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && text.Peek() == '\n')
                {
                    text.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    yield return (rowLine, fields);
                }

                fields = [];
                line++;
                rowLine = line;
            }
            else
            {
                field.Append(ch);
            }

            if (field.Length > maxFieldLength)
            {
                throw new CsvFormatException($"A field is longer than {maxFieldLength} characters.", line);
            }
        }

        if (quoted)
        {
            throw new CsvFormatException("A quoted field is not closed.", rowLine);
        }

        fields.Add(field.ToString());
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            yield return (rowLine, fields);
        }
    }
}
