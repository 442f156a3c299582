using System.Text.Json;
using System.Text.Json.Serialization;

namespace InvoiceFunctions.Application.Archive;

/// <summary>
/// One archive entry's manifest, itself stored write-once under the SHA-256 of its bytes. <see cref="Previous"/> is the
/// previous entry's manifest hash: changing any byte of any earlier entry breaks every later link.
/// </summary>
public sealed record ArchiveManifest(string Company, long Sequence, string InvoiceId, DateTimeOffset ArchivedAt, string Previous, IReadOnlyList<ArchiveFile> Files)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() }, WriteIndented = true };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    public static ArchiveManifest? TryParse(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<ArchiveManifest>(bytes, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
