using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using InvoiceFunctions.LocalHost.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.LocalHost.Invocation;

/// <summary>
/// Plans, once at start, how each parameter of a function is filled. A parameter nobody can fill stops the
/// start with an error naming the function, as the Functions host refuses a binding it does not know.
/// </summary>
public static class ParameterBinder
{
    public delegate object? ArgumentSource(InvocationContext context);

    /// <param name="triggerConverter">Converts the trigger value to the trigger parameter's type; null when that type is unsupported.</param>
    public static ArgumentSource[] Plan(
        string functionName,
        MethodInfo method,
        Func<ParameterInfo, bool> isTrigger,
        Func<Type, Func<object?, object?>?> triggerConverter,
        Func<ParameterInfo, ArgumentSource?>? extra = null)
    {
        return method.GetParameters().Select(parameter => PlanOne(functionName, parameter, isTrigger, triggerConverter, extra)).ToArray();
    }

    private static ArgumentSource PlanOne(
        string functionName,
        ParameterInfo parameter,
        Func<ParameterInfo, bool> isTrigger,
        Func<Type, Func<object?, object?>?> triggerConverter,
        Func<ParameterInfo, ArgumentSource?>? extra)
    {
        if (isTrigger(parameter))
        {
            var convert = triggerConverter(parameter.ParameterType)
                ?? throw new LocalHostStartException(functionName, $"its trigger parameter '{parameter.Name}' has type {parameter.ParameterType.Name}, which the local host cannot bind");
            return context => convert(context.TriggerValue);
        }

        if (extra?.Invoke(parameter) is { } special)
        {
            return special;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context => context.CancellationToken;
        }

        if (parameter.GetCustomAttribute<DurableClientAttribute>() is not null || parameter.ParameterType == typeof(DurableTaskClient))
        {
            return context => context.Services.GetRequiredService<DurableTaskClient>();
        }

        if (parameter.ParameterType == typeof(ILogger))
        {
            return context => context.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Function." + functionName);
        }

        if (IsSimple(parameter.ParameterType))
        {
            var name = parameter.Name!;
            var type = parameter.ParameterType;
            return context => context.BindingData.TryGetValue(name, out var value) ? ConvertSimple(value, type) : Default(type);
        }

        throw new LocalHostStartException(functionName, $"parameter '{parameter.Name}' of type {parameter.ParameterType.Name} has no binding the local host supports");
    }

    public static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeSpan) || t == typeof(DateOnly);
    }

    public static object? ConvertSimple(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value ?? Default(type);
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        return TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).ConvertFromInvariantString(text!);
    }

    private static object? Default(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
}
