using InvoiceFunctions.LocalHost.Blobs;

namespace InvoiceFunctions.LocalHost.Tests.Unit;

public sealed class BlobPathPatternTests
{
    [Theory]
    [InlineData("inbox/{name}", "inbox", "a.pdf", "name=a.pdf")]
    [InlineData("inbox/{name}", "inbox", "acme/2026/a.pdf", "name=acme/2026/a.pdf")]
    [InlineData("inbox/{company}/{name}", "inbox", "acme/2026/a.pdf", "company=acme;name=2026/a.pdf")]
    [InlineData("bank/{company}/{file}.xml", "bank", "acme/stmt.xml", "company=acme;file=stmt")]
    public void TryMatch_MatchingBlob_YieldsPlaceholders(string path, string container, string blob, string expected)
    {
        var pattern = new BlobPathPattern(path);

        Assert.True(pattern.TryMatch(container, blob, out var values));
        Assert.Equal(expected, string.Join(";", values.OrderBy(v => v.Key).Select(v => $"{v.Key}={v.Value}")));
    }

    [Theory]
    [InlineData("inbox/{company}/{name}", "inbox", "loose.pdf")]
    [InlineData("inbox/{name}", "mail-inbox", "a.eml")]
    [InlineData("bank/{company}/{file}.xml", "bank", "acme/stmt.csv")]
    public void TryMatch_OtherBlob_DoesNotMatch(string path, string container, string blob) =>
        Assert.False(new BlobPathPattern(path).TryMatch(container, blob, out _));
}
