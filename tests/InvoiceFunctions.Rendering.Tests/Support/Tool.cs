using System.Diagnostics;

namespace InvoiceFunctions.Rendering.Tests.Support;

/// <summary>Runs the Debian command-line tools the checks rely on (poppler-utils, qpdf) on a temporary file.</summary>
internal static class Tool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"{program} did not start (scripts/install-debian.sh installs it).");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, output, error.Result);
    }

    /// <summary>Runs a program and returns its standard output as bytes (no character decoding).</summary>
    public static byte[] RunBinary(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"{program} did not start (scripts/install-debian.sh installs it).");
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        _ = error.Result;
        return output.ToArray();
    }

    /// <summary>Writes the bytes to a temporary file, runs the action on its path, deletes the file.</summary>
    public static T WithFile<T>(byte[] bytes, string extension, Func<string, T> action)
    {
        var path = Path.Combine(Path.GetTempPath(), $"render-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        try
        {
            return action(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
