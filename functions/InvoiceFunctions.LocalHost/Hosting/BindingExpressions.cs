using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>Resolves %AppSetting% references in binding properties (queue names, blob paths, schedules), as the Functions host does.</summary>
public static partial class BindingExpressions
{
    public static string Resolve(string value, IConfiguration configuration, string functionName) =>
        SettingReference().Replace(value, match =>
            configuration[match.Groups[1].Value.Replace("__", ":", StringComparison.Ordinal)]
            ?? throw new LocalHostStartException(functionName, $"app setting '{match.Groups[1].Value}' used in '{value}' is not set"));

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
