using System.Collections.Concurrent;
using System.Net;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// A small HTTP receiver on 127.0.0.1 (HttpListener) standing for a customer's webhook or upload endpoint: it records every
/// request (method, path, headers, body) and answers with the next status of <see cref="Statuses"/> (then 200).
/// </summary>
public sealed class LoopbackReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public LoopbackReceiver()
    {
        Port = FreePorts.Next();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public ConcurrentQueue<HttpStatusCode> Statuses { get; } = new();

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        _ = loop.Exception;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k.ToLowerInvariant(), k => context.Request.Headers[k] ?? "");
            var status = Statuses.TryDequeue(out var next) ? next : HttpStatusCode.OK;
            Requests.Enqueue(new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body.ToArray(), status));
            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
    }
}
