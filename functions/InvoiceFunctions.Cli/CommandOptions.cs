namespace InvoiceFunctions.Cli;

/// <summary>A verb's arguments: the first bare argument is the file, the rest are "--name value" pairs.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public string? File { get; private set; }

    public string? Get(string name) => values.GetValueOrDefault(name);

    public static CommandOptions Parse(string[] args)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                options.values[args[i]] = args[++i];
            }
            else if (options.File is null)
            {
                options.File = args[i];
            }
        }

        return options;
    }
}
