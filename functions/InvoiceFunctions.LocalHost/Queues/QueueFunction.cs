using System.Reflection;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using InvoiceFunctions.LocalHost.Hosting;
using InvoiceFunctions.LocalHost.Invocation;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceFunctions.LocalHost.Queues;

/// <summary>Binds a queue-triggered function: the message as string, bytes, BinaryData, QueueMessage or a JSON object, plus its metadata.</summary>
public static class QueueFunction
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static FunctionInvoker CreateInvoker(FunctionMetadata function, MethodInfo method) =>
        new(function.Name, method, ParameterBinder.Plan(
            function.Name,
            method,
            p => p.GetCustomAttribute<QueueTriggerAttribute>() is not null,
            Converter));

    public static Func<QueueMessage, CancellationToken, Task> Handler(FunctionInvoker invoker, IServiceScopeFactory scopes) =>
        async (message, token) =>
        {
            var data = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
            {
                ["Id"] = message.MessageId,
                ["DequeueCount"] = message.DequeueCount,
                ["InsertionTime"] = message.InsertedOn,
                ["ExpirationTime"] = message.ExpiresOn,
                ["NextVisibleTime"] = message.NextVisibleOn,
                ["PopReceipt"] = message.PopReceipt,
            };
            await using var scope = scopes.CreateAsyncScope();
            await invoker.InvokeAsync(new InvocationContext(message, data, scope.ServiceProvider, token));
        };

    private static Func<object?, object?> Converter(Type type) =>
        type == typeof(QueueMessage) ? m => m
        : type == typeof(string) ? m => ((QueueMessage)m!).Body.ToString()
        : type == typeof(BinaryData) ? m => ((QueueMessage)m!).Body
        : type == typeof(byte[]) ? m => ((QueueMessage)m!).Body.ToArray()
        : m => JsonSerializer.Deserialize(((QueueMessage)m!).Body.ToMemory().Span, type, Json);
}
