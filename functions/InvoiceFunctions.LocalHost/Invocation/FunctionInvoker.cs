using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using InvoiceFunctions.LocalHost.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.LocalHost.Invocation;

/// <summary>
/// Runs one function method: a fresh instance of its class from the app's services per invocation (as the
/// worker does), the planned arguments, the awaited result; every call traced, counted and timed.
/// </summary>
public sealed class FunctionInvoker(string functionName, MethodInfo method, ParameterBinder.ArgumentSource[] arguments)
{
    private static readonly ConcurrentDictionary<Type, Func<Task, object?>?> ResultReaders = new();

    private readonly string activityName = "Invoke " + functionName;

    public string FunctionName { get; } = functionName;

    public MethodInfo Method { get; } = method;

    public Type ReturnType { get; } = UnwrapTask(method.ReturnType);

    public async Task<object?> InvokeAsync(InvocationContext context)
    {
        using var activity = HostTelemetry.Source.StartActivity(activityName, ActivityKind.Internal);
        activity?.SetTag("faas.name", FunctionName);
        activity?.SetTag("faas.invocation_id", context.InvocationId);
        var started = Stopwatch.GetTimestamp();
        object? instance = null;
        try
        {
            instance = Method.IsStatic ? null : ActivatorUtilities.CreateInstance(context.Services, Method.DeclaringType!);
            var values = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                values[i] = arguments[i](context);
            }

            var result = await UnwrapAsync(InvokeMethod(instance, values));
            HostTelemetry.Invocations.Add(1, new KeyValuePair<string, object?>("function", FunctionName), new KeyValuePair<string, object?>("outcome", "success"));
            return result;
        }
        catch (Exception ex)
        {
            HostTelemetry.Invocations.Add(1, new KeyValuePair<string, object?>("function", FunctionName), new KeyValuePair<string, object?>("outcome", "failure"));
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            // Created here, not per call: LoggerFactory.CreateLogger takes a lock every time, a contention point under load.
            var logger = context.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Function." + FunctionName);
            HostLogs.FunctionFailed(logger, FunctionName, context.InvocationId, ex);
            throw;
        }
        finally
        {
            HostTelemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("function", FunctionName));
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    private object? InvokeMethod(object? instance, object?[] values)
    {
        try
        {
            return Method.Invoke(instance, values);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    private static async Task<object?> UnwrapAsync(object? result)
    {
        switch (result)
        {
            case Task task:
                await task;
                return ResultReaders.GetOrAdd(task.GetType(), ResultReader) is { } read ? read(task) : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            default:
                if (result?.GetType() is { IsGenericType: true } vt && vt.GetGenericTypeDefinition() == typeof(ValueTask<>))
                {
                    var asTask = (Task)vt.GetMethod("AsTask")!.Invoke(result, null)!;
                    return await UnwrapAsync(asTask);
                }

                return result;
        }
    }

    /// <summary>
    /// How to read a completed task's result, per runtime task type (looked up by reflection once per type, not
    /// per call): Task&lt;T&gt;.Result, or null for a task without one (plain Task, async Task's VoidTaskResult).
    /// </summary>
    private static Func<Task, object?>? ResultReader(Type type) =>
        type.IsGenericType && type.GetProperty("Result") is { } property && property.PropertyType.Name != "VoidTaskResult"
            ? property.GetValue
            : null;

    private static Type UnwrapTask(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask) || type == typeof(void) ? typeof(void)
        : type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)) ? type.GetGenericArguments()[0]
        : type;
}
