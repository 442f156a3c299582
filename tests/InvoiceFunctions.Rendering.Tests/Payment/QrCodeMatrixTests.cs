using System.Globalization;
using System.Text;
using InvoiceFunctions.Rendering.Payment;
using QRCoder;

namespace InvoiceFunctions.Rendering.Tests.Payment;

/// <summary>Our QR encoder against QRCoder's, module for module (mask choice included), on random EPC payloads of every length a version 1 to 13 code holds.</summary>
public sealed class QrCodeMatrixTests
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.,'/&éèêàçôûÉÈœ€";

    private static readonly string[] Ibans = ["FR7630006000011234567890189", "DE89370400440532013000", "BE68539007547034", "FR1420041010050500013M02606"];

    [Fact]
    public void Modules_RandomEpcPayloads_SameSymbolAsQRCoder()
    {
        var random = new Random(20261126);
        var versions = new HashSet<int>();
        for (var i = 0; i < 300; i++)
        {
            var reference = random.Next(3) == 0 ? "RF18539007547034" : Text(random, random.Next(0, 141));
            var payload = EpcQrPayload.For(Text(random, random.Next(1, 71)), Ibans[random.Next(Ibans.Length)], random.Next(2) == 0 ? null : "AGRIFRPP",
                Math.Round((decimal)(random.NextDouble() * 999_999), 2) + 0.01m, "EUR", reference);
            if (payload is not null)
            {
                versions.Add(AssertSameAsQRCoder(payload));
            }
        }

        Assert.True(versions.Count >= 4, $"versions covered: {string.Join(", ", versions)}");
    }

    [Fact]
    public void Modules_EveryVersionUpTo13_SameSymbolAsQRCoder()
    {
        var random = new Random(42);
        var versions = new HashSet<int>();
        foreach (var length in new[] { 1, 10, 14, 20, 26, 40, 60, 62, 84, 100, 106, 122, 150, 152, 180, 213, 230, 251, 287, 300, 331 })
        {
            var text = string.Concat(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x20, 0x7F)));
            versions.Add(AssertSameAsQRCoder(text));
        }

        Assert.Equal(Enumerable.Range(1, 13), versions.Order());
    }

    private static int AssertSameAsQRCoder(string text)
    {
        var ours = QrCodeMatrix.Modules(text, out var size);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
        var theirs = data.ModuleMatrix;
        Assert.Equal(size + 8, theirs.Count);
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        for (var row = 0; row < size; row++)
        {
            for (var col = 0; col < size; col++)
            {
                expected.Append(theirs[row + 4][col + 4] ? '#' : '.');
                actual.Append(ours[(row * size) + col] ? '#' : '.');
            }

            expected.Append('\n');
            actual.Append('\n');
        }

        Assert.Equal(expected.ToString(), actual.ToString());
        return (size - 17) / 4;
    }

    private static string Text(Random random, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => Letters[random.Next(Letters.Length)])).Trim() is { Length: > 0 } text
            ? text
            : length.ToString(CultureInfo.InvariantCulture);
}
