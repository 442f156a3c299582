namespace InvoiceFunctions.App.Intake.Mailbox;

/// <summary>Reads a message from a blob or a request body, keeping at most a bound of it (the rest is counted, not kept).</summary>
public static class MailBody
{
    /// <param name="giveUpAfter">Stop reading past this many bytes (an endless body); the size is then only a lower bound.</param>
    /// <returns>The first <paramref name="keep"/> bytes at most, and the whole size (or more than <paramref name="giveUpAfter"/>).</returns>
    public static async Task<(byte[] Content, long Size)> ReadAsync(Stream stream, long keep, long giveUpAfter, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long size = 0;
        int read;
        while (size <= giveUpAfter && (read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            var room = (int)Math.Clamp(keep - size, 0, read);
            buffer.Write(chunk, 0, room);
            size += read;
        }

        return (buffer.ToArray(), size);
    }
}
