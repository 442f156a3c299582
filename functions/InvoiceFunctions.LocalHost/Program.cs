using InvoiceFunctions.LocalHost.Hosting;

try
{
    await LocalFunctionsHost.Build(args).RunAsync();
    return 0;
}
catch (LocalHostStartException ex)
{
    await Console.Error.WriteLineAsync("Local host start failed: " + ex.Message);
    return 2;
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync("Local host settings are invalid: " + string.Join("; ", ex.Failures));
    return 2;
}
catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is Microsoft.Extensions.Options.OptionsValidationException))
{
    // Several option sections invalid at once: ValidateOnStart reports them together.
    var failures = ex.InnerExceptions.Cast<Microsoft.Extensions.Options.OptionsValidationException>().SelectMany(e => e.Failures);
    await Console.Error.WriteLineAsync("Local host settings are invalid: " + string.Join("; ", failures));
    return 2;
}
