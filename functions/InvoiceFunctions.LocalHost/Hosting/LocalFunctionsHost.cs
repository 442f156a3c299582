using System.Net;
using System.Net.Sockets;
using System.Reflection;
using InvoiceFunctions.LocalHost.Blobs;
using InvoiceFunctions.LocalHost.Durable;
using InvoiceFunctions.LocalHost.Http;
using InvoiceFunctions.LocalHost.Queues;
using InvoiceFunctions.LocalHost.Telemetry;
using InvoiceFunctions.LocalHost.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>
/// Composes the local host: reads the app's functions.metadata, binds every function to its trigger (or stops
/// with an error naming it), registers the app's own services, and serves it all on 127.0.0.1.
/// </summary>
public static class LocalFunctionsHost
{
    public static WebApplication Build(string[] args)
    {
        var bootstrap = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var appPath = bootstrap[$"{LocalHostOptions.Section}:AppPath"]
            ?? throw new InvalidOperationException("Set the function app's build folder: --LocalHost:AppPath <folder> (or LocalHost__AppPath).");
        var app = FunctionApp.Load(appPath);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args, ContentRootPath = app.AppPath });
        builder.Configuration.AddLocalSettings(Path.Combine(app.AppPath, "local.settings.json")).AddEnvironmentVariables().AddCommandLine(args);
        var configuration = builder.Configuration;
        builder.Services.AddOptions<LocalHostOptions>().Bind(configuration.GetSection(LocalHostOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(LocalHostOptions.Section).Get<LocalHostOptions>() ?? new LocalHostOptions();
        HostSetup.AddPlatform(builder, options);
        var storage = new StorageAccounts(configuration);
        builder.Services.AddSingleton(storage);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KeyStore>();
        builder.Services.AddSingleton(app);
        app.ConfigureServices(builder.Services, configuration);

        var catalog = Catalog(app);
        var orchestrators = catalog.Where(c => c.Kind == "orchestrationTrigger").Select(c => (c.Function, c.Method)).ToList();
        var activities = catalog.Where(c => c.Kind == "activityTrigger").Select(c => (c.Function, c.Method)).ToList();
        var durable = orchestrators.Count + activities.Count > 0 || app.Functions.Any(f => f.OtherBindings.Any(b => b.Type == "durableClient"));
        var grpcPort = durable ? FreePort() : 0;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.HttpPort, o => o.Protocols = HttpProtocols.Http1);
            if (durable)
            {
                kestrel.Listen(IPAddress.Loopback, grpcPort, o => o.Protocols = HttpProtocols.Http2);
            }
        });

        var http = catalog.Where(c => c.Kind == "httpTrigger").Select(c => HttpFunction.Create(c.Function, c.Method)).ToList();
        AddTimers(builder.Services, catalog, configuration, storage, options);
        AddQueues(builder.Services, catalog, configuration, storage, app.HostJson.Queues with { MessageLease = options.QueueMessageLease });
        AddBlobs(builder.Services, catalog, configuration, storage, options, app.HostJson.Queues with { MessageLease = options.QueueMessageLease });
        WebApplication? built = null;
        if (durable)
        {
            DurableHosting.AddDurable(builder.Services, app.HostJson.Durable, storage, grpcPort, orchestrators, activities, () => built!.Services);
        }

        built = builder.Build();
        built.UseProblemNotFound();
        built.UseRouting();
        if (durable)
        {
            built.MapGrpcService<TaskHubGrpcServer>().RequireHost($"*:{grpcPort}");
        }

        built.MapFunctions(http, app.HostJson.RoutePrefix);
        HealthEndpoint.Map(built, catalog.Count);
        built.Lifetime.ApplicationStarted.Register(() =>
        {
            // The sidecar's dispatchers start when it is first resolved, once the app is listening.
            if (durable)
            {
                built.Services.GetRequiredService<TaskHubGrpcServer>();
            }

            var logger = built.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LocalHost");
            HostLogs.FunctionsLoaded(logger, catalog.Count, app.AppPath, string.Join(", ", catalog.Select(c => $"{c.Function.Name} ({c.Kind})")));
            HostLogs.Listening(logger, $"http://127.0.0.1:{options.HttpPort}/{app.HostJson.RoutePrefix}");
        });
        return built;
    }

    private static List<(FunctionMetadata Function, MethodInfo Method, string Kind)> Catalog(FunctionApp app)
    {
        string[] supported = ["httpTrigger", "timerTrigger", "queueTrigger", "blobTrigger", "orchestrationTrigger", "activityTrigger"];
        var catalog = new List<(FunctionMetadata, MethodInfo, string)>();
        foreach (var function in app.Functions)
        {
            var kind = function.Trigger.Type;
            if (!supported.Contains(kind, StringComparer.Ordinal))
            {
                throw new LocalHostStartException(function.Name, $"trigger type '{kind}' is not supported by the local host");
            }

            foreach (var binding in function.OtherBindings)
            {
                var allowed = binding.Type == "durableClient" || (kind == "httpTrigger" && binding.Type == "http" && binding.Direction == "Out");
                if (!allowed)
                {
                    throw new LocalHostStartException(function.Name, $"binding '{binding.Name}' of type '{binding.Type}' ({binding.Direction}) is not supported by the local host");
                }
            }

            catalog.Add((function, app.ResolveMethod(function), kind));
        }

        return catalog;
    }

    private static void AddTimers(IServiceCollection services, IEnumerable<(FunctionMetadata Function, MethodInfo Method, string Kind)> catalog, IConfiguration configuration, StorageAccounts storage, LocalHostOptions options)
    {
        var zone = configuration["WEBSITE_TIME_ZONE"] is { Length: > 0 } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : TimeZoneInfo.Utc;
        foreach (var (function, method, _) in catalog.Where(c => c.Kind == "timerTrigger"))
        {
            var trigger = function.Trigger;
            TimerSchedule schedule;
            try
            {
                schedule = TimerSchedule.Parse(BindingExpressions.Resolve(trigger.GetString("schedule") ?? "", configuration, function.Name), zone);
            }
            catch (FormatException ex)
            {
                throw new LocalHostStartException(function.Name, ex.Message);
            }

            var invoker = new Invocation.FunctionInvoker(function.Name, method, Invocation.ParameterBinder.Plan(
                function.Name, method, p => p.GetCustomAttribute<Microsoft.Azure.Functions.Worker.TimerTriggerAttribute>() is not null,
                type => type == typeof(Microsoft.Azure.Functions.Worker.TimerInfo) ? v => v : null));
            services.AddSingleton<IHostedService>(sp => new TimerListener(
                invoker, schedule, trigger.GetBool("runOnStartup"), storage.Blobs().GetBlobContainerClient("azure-webjobs-hosts"), options.HostId, options.TimerLockPeriod,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<IHostApplicationLifetime>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("Timer." + function.Name)));
        }
    }

    private static void AddQueues(IServiceCollection services, IEnumerable<(FunctionMetadata Function, MethodInfo Method, string Kind)> catalog, IConfiguration configuration, StorageAccounts storage, QueueSettings settings)
    {
        foreach (var (function, method, _) in catalog.Where(c => c.Kind == "queueTrigger"))
        {
            var trigger = function.Trigger;
            var queueName = BindingExpressions.Resolve(trigger.GetString("queueName") ?? throw new LocalHostStartException(function.Name, "its queue trigger has no queue name"), configuration, function.Name);
            var queues = storage.Queues(trigger.GetString("connection"), settings.Base64Encoding);
            var invoker = QueueFunction.CreateInvoker(function, method);
            services.AddSingleton<IHostedService>(sp => new QueueListener(
                function.Name, queues.GetQueueClient(queueName), queues.GetQueueClient(queueName + "-poison"), storage.Tables(trigger.GetString("connection")).GetTableClient("LocalHostPoison"),
                settings, QueueFunction.Handler(invoker, sp.GetRequiredService<IServiceScopeFactory>()), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("Queue." + function.Name)));
        }
    }

    private static void AddBlobs(IServiceCollection services, IEnumerable<(FunctionMetadata Function, MethodInfo Method, string Kind)> catalog, IConfiguration configuration, StorageAccounts storage, LocalHostOptions options, QueueSettings settings)
    {
        var functions = catalog.Where(c => c.Kind == "blobTrigger").Select(c => BlobFunction.Create(c.Function, c.Method, configuration)).ToList();
        if (functions.Count == 0)
        {
            return;
        }

        var hostContainer = storage.Blobs().GetBlobContainerClient("azure-webjobs-hosts");
        var events = storage.Queues(base64: false).GetQueueClient(options.BlobEventsQueue);
        var poison = storage.Queues(base64: false).GetQueueClient(options.BlobEventsQueue + "-poison");
        services.AddSingleton<IHostedService>(sp =>
        {
            var dispatcher = new BlobEventDispatcher(functions, storage, hostContainer, options.HostId, sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("BlobEvents"));
            return new QueueListener(options.BlobEventsQueue, events, poison, storage.Tables().GetTableClient("LocalHostPoison"), settings, dispatcher.HandleAsync,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("BlobEvents"));
        });
        if (options.BlobScannerEnabled)
        {
            var containers = functions.Select(f => (f.Connection, f.Path.Container)).Distinct().ToList();
            services.AddSingleton<IHostedService>(sp => new BlobScanner(containers, storage, hostContainer, events, options.HostId, options.BlobScanInterval,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("BlobScanner")));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
