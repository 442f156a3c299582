using System.IO.Compression;
using System.Text;
using InvoiceFunctions.Application.Intake.Mail;

namespace InvoiceFunctions.App.Tests.Unit.Mailbox;

public sealed class ZipExpanderTests
{
    private static readonly byte[] Xml = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Invoice>" + string.Concat(Enumerable.Range(0, 50).Select(i => $"<Line id=\"{i}\">item {i * 7}</Line>")) + "</Invoice>");

    [Fact]
    public void Expand_PdfXmlAndOthers_KeepsPdfAndXmlByContent()
    {
        var zip = Zip(("a/invoice.bin", Xml), ("b.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n...")), ("notes.txt", "hello"u8.ToArray()), ("dir/", []));

        var (documents, ignored, refusal) = ZipExpander.Expand("2", zip, new MailboxOptions());

        Assert.Null(refusal);
        Assert.Equal(["2/a/invoice.bin:Xml", "2/b.pdf:Pdf"], documents.Select(d => $"{d.Path}:{d.Kind}"));
        Assert.Equal(["2/notes.txt"], ignored);
    }

    [Fact]
    public void Expand_MoreEntriesThanAllowed_ZipBomb()
    {
        var zip = Zip([.. Enumerable.Range(0, 11).Select(i => ($"{i}.xml", Xml))]);

        Assert.Equal(MailRefusalCode.ZipBomb, ZipExpander.Expand("2", zip, new MailboxOptions { MaxZipEntries = 10 }).Refusal?.Code);
        Assert.Null(ZipExpander.Expand("2", zip, new MailboxOptions { MaxZipEntries = 11 }).Refusal);
    }

    [Fact]
    public void Expand_HighRatio_ZipBombBeforeInflating()
    {
        var zip = Zip(("zeros.xml", new byte[5 << 20]));

        var refusal = ZipExpander.Expand("4", zip, new MailboxOptions()).Refusal;

        Assert.Equal(MailRefusalCode.ZipBomb, refusal?.Code);
        Assert.Equal("4", refusal?.Location);
        Assert.Contains("expands", refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_TotalOverLimit_ZipBomb()
    {
        var random = new byte[600_000];
        new Random(3).NextBytes(random);
        var zip = Zip(("a.xml", [.. "<a>"u8, .. random]), ("b.xml", [.. "<b>"u8, .. random]));

        Assert.Equal(MailRefusalCode.ZipBomb, ZipExpander.Expand("2", zip, new MailboxOptions { MaxZipBytes = 1_000_000 }).Refusal?.Code);
    }

    [Fact]
    public void Expand_DirectoryUnderstatesSize_NeverMoreThanDeclaredIsInflated()
    {
        var zip = Zip(("zeros.xml", [.. "<x>"u8, .. new byte[3 << 20]]));
        Forge(zip, declaredSize: 1000);

        var (documents, _, refusal) = ZipExpander.Expand("2", zip, new MailboxOptions { MaxZipRatio = 10_000 });

        // The 3 MiB behind the forged size are never inflated: the reader stops at the declared size (or refuses the entry).
        Assert.True(refusal is not null || documents.Single().Content.Length == 1000, $"refusal {refusal}, {documents.Sum(d => d.Content.Length)} bytes read");
    }

    [Fact]
    public void Expand_NotAZip_Malformed() =>
        Assert.Equal(MailRefusalCode.MalformedZip, ZipExpander.Expand("2", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 }, new MailboxOptions()).Refusal?.Code);

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Writes a smaller uncompressed size into the local header and the central directory, as a crafted bomb does.</summary>
    private static void Forge(byte[] zip, int declaredSize)
    {
        BitConverter.TryWriteBytes(zip.AsSpan(22, 4), declaredSize);
        var central = zip.AsSpan().LastIndexOf([(byte)0x50, (byte)0x4B, (byte)0x01, (byte)0x02]);
        BitConverter.TryWriteBytes(zip.AsSpan(central + 24, 4), declaredSize);
    }
}
