using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// A JSON document in a table row across columns "{name}0".."{name}15": a string property holds at most 64 KiB
/// (32K UTF-16 characters), a row 1 MiB; an order of many lines fits where one column would not.
/// </summary>
public static class ChunkedJson
{
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 16;

    public static void Write<T>(TableEntity entity, string name, T value)
    {
        var json = JsonSerializer.Serialize(value, StoredJson.Options);
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"'{name}' is {json.Length} characters: more than a row holds.");
        }

        for (var i = 0; i < chunks; i++)
        {
            entity[$"{name}{i}"] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }
    }

    public static T Read<T>(TableEntity entity, string name)
    {
        var json = new StringBuilder();
        for (var i = 0; i < MaxChunks && entity.GetString($"{name}{i}") is { } chunk; i++)
        {
            json.Append(chunk);
        }

        return JsonSerializer.Deserialize<T>(json.ToString(), StoredJson.Options) ?? throw new InvalidOperationException($"'{name}' is empty in row {entity.RowKey}.");
    }
}
