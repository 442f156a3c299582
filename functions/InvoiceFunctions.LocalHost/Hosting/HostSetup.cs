using InvoiceFunctions.LocalHost.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>What every local host carries whatever the app: Kestrel, routing, MVC results, logs, traces and metrics.</summary>
public static class HostSetup
{
    public static void AddPlatform(WebApplicationBuilder builder, LocalHostOptions options)
    {
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        // Functions return IActionResult; executing one needs MVC's result executors and formatters.
        builder.Services.AddMvcCore();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("DurableTask", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.DurableTask", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Grpc", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);

        var exporter = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 } ? "otlp" : options.TelemetryExporter;
        if (exporter == "none")
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "invoicefunctions-localhost"))
            .WithTracing(t =>
            {
                t.AddSource(HostTelemetry.Name, "InvoiceFunctions.*").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                _ = exporter == "otlp" ? t.AddOtlpExporter() : t.AddConsoleExporter();
            })
            .WithMetrics(m =>
            {
                m.AddMeter(HostTelemetry.Name, "InvoiceFunctions.*").AddAspNetCoreInstrumentation();
                _ = exporter == "otlp"
                    ? m.AddOtlpExporter()
                    : m.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 60_000);
            });
    }
}
