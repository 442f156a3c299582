using InvoiceFunctions.LocalHost.Invocation;
using Microsoft.DurableTask;

namespace InvoiceFunctions.LocalHost.Durable;

/// <summary>An [OrchestrationTrigger] function run by the Durable Task worker; it reads its input with context.GetInput&lt;T&gt;().</summary>
public sealed class FunctionOrchestrator(FunctionInvoker invoker, IServiceProvider services) : ITaskOrchestrator
{
    public Type InputType => typeof(object);

    public Type OutputType => invoker.ReturnType == typeof(void) ? typeof(object) : invoker.ReturnType;

    public Task<object?> RunAsync(TaskOrchestrationContext context, object? input) =>
        invoker.InvokeAsync(new InvocationContext(
            new FunctionOrchestrationContext(context, input),
            new Dictionary<string, object?> { ["instanceId"] = context.InstanceId },
            services,
            CancellationToken.None));
}
