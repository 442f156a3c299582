using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.TestFunctionApp;

/// <summary>A blob trigger with the Event Grid source, reading the content and a path placeholder.</summary>
public sealed class BlobFunctions(EffectLog effects)
{
    [Function("Upload")]
    public async Task Upload([BlobTrigger("uploads/{folder}/{name}", Source = BlobTriggerSource.EventGrid)] string content, string folder, string name, CancellationToken cancellationToken)
    {
        await effects.RecordAsync("blob", $"{folder}/{name}", new Dictionary<string, object> { ["Content"] = content }, cancellationToken);
    }
}
