using InvoiceFunctions.LocalHost.Invocation;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceFunctions.LocalHost.Durable;

/// <summary>An [ActivityTrigger] function run by the Durable Task worker, in its own service scope.</summary>
public sealed class FunctionActivity(FunctionInvoker invoker, Type inputType, IServiceScopeFactory scopes) : ITaskActivity
{
    public Type InputType => inputType;

    public Type OutputType => invoker.ReturnType == typeof(void) ? typeof(object) : invoker.ReturnType;

    public async Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await invoker.InvokeAsync(new InvocationContext(
            input,
            new Dictionary<string, object?> { ["instanceId"] = context.InstanceId },
            scope.ServiceProvider,
            CancellationToken.None));
    }
}
