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
