using System.IO.Compression;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>
/// Opens a zip attachment under limits and keeps the entries that are PDF or XML. The central directory's sizes are
/// checked before anything is inflated (entry count, declared size, ratio), then every entry is read through a counter,
/// because a forged directory can lie about sizes.
/// </summary>
public static class ZipExpander
{
    public static (IReadOnlyList<MailDocument> Documents, IReadOnlyList<string> Ignored, MailRefusal? Refusal) Expand(
        string path, ReadOnlyMemory<byte> zip, MailboxOptions limits)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip.ToArray(), writable: false), ZipArchiveMode.Read);
            var files = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (files.Count > limits.MaxZipEntries)
            {
                return ([], [], Bomb(path, $"{files.Count} entries (at most {limits.MaxZipEntries})."));
            }

            if (files.Sum(e => e.Length) > limits.MaxZipBytes)
            {
                return ([], [], Bomb(path, $"{files.Sum(e => e.Length)} bytes once expanded (at most {limits.MaxZipBytes})."));
            }

            if (files.FirstOrDefault(e => e.Length > (long)limits.MaxZipRatio * Math.Max(e.CompressedLength, 1)) is { } suspicious)
            {
                return ([], [], Bomb(path, $"Entry '{suspicious.FullName}' expands {suspicious.Length / Math.Max(suspicious.CompressedLength, 1)} times (at most {limits.MaxZipRatio})."));
            }

            return Read(path, files, limits);
        }
        catch (InvalidDataException ex)
        {
            return ([], [], new MailRefusal(MailRefusalCode.MalformedZip, $"The zip cannot be read: {ex.Message}", path));
        }
    }

    private static (IReadOnlyList<MailDocument>, IReadOnlyList<string>, MailRefusal?) Read(string path, List<ZipArchiveEntry> files, MailboxOptions limits)
    {
        var documents = new List<MailDocument>();
        var ignored = new List<string>();
        long total = 0;
        foreach (var entry in files)
        {
            using var stream = entry.Open();
            var bytes = ReadAtMost(stream, limits.MaxZipBytes - total);
            if (bytes is null || bytes.Length > (long)limits.MaxZipRatio * Math.Max(entry.CompressedLength, 1))
            {
                return ([], [], Bomb(path, $"Entry '{entry.FullName}' expands beyond what its directory declares."));
            }

            total += bytes.Length;
            var kind = DocumentSniffer.Kind(bytes);
            var entryPath = $"{path}/{entry.FullName}";
            if (kind is DocumentKind.Pdf or DocumentKind.Xml)
            {
                documents.Add(new MailDocument(entryPath, entry.Name, kind, bytes));
            }
            else
            {
                // A zip inside the zip is not opened: one level is what billing software produces.
                ignored.Add(entryPath);
            }
        }

        return (documents, ignored, null);
    }

    /// <returns>The bytes, or null when there are more than <paramref name="max"/>.</returns>
    private static byte[]? ReadAtMost(Stream stream, long max)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static MailRefusal Bomb(string path, string why) => new(MailRefusalCode.ZipBomb, "The zip is beyond the mailbox's limits: " + why, path);
}
